# random.Random subclasses: super().__init__(seed) reseeds
import random
class Dice(random.Random):
    def __init__(self, seed, sides):
        super().__init__(seed)
        self.sides = sides
    def roll(self):
        return self.randint(1, self.sides)
d = Dice(7, 6)
print([d.roll() for _ in range(5)], isinstance(d, random.Random))
r = random.Random(3)
print(r.random(), random.Random(3).random() == random.Random(3).random())
