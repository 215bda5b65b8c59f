# A child thread's traceback marks the failing expressions of its own
# frames (3.11's fine-grained locations); below them, where it was
# spawned (LANGUAGE.md §2.9), unmarked.
import threads


def parse(row):
    return int(row["value"]) // row["weight"]


def load(rows):
    totals = []
    await:
        for row in rows:
            async:
                totals.append(parse(row))
    return totals


print(load([{"value": "6", "weight": 3}]))
load([{"value": "6", "weight": 0}])
