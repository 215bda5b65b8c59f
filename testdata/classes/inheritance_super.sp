# Single inheritance, method override, super().
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' makes a sound'
    def describe(self):
        return 'I am ' + self.name + ': ' + self.speak()
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return self.name + ' barks'
class Puppy(Dog):
    def speak(self):
        return super().speak() + ' softly'
for a in [Animal('generic'), Dog('Rex', 'lab'), Puppy('Bit', 'pug')]:
    print(a.describe())
print(issubclass(Puppy, Animal), isinstance(Puppy('a', 'b'), Dog), Puppy.__mro__[1].__name__)
print([c.__name__ for c in Puppy.__mro__])
print(Puppy('x', 'y').breed, Dog.__bases__[0].__name__)
