# N-queens: every solution of the N-queens problem from a recursive
# generator, with sets for the occupied columns and diagonals.


def solve(n, row, cols, diag1, diag2, placed):
    if row == n:
        yield tuple(placed)
        return
    for c in range(n):
        if c in cols or (row + c) in diag1 or (row - c) in diag2:
            continue
        cols.add(c)
        diag1.add(row + c)
        diag2.add(row - c)
        placed.append(c)
        yield from solve(n, row + 1, cols, diag1, diag2, placed)
        placed.pop()
        cols.discard(c)
        diag1.discard(row + c)
        diag2.discard(row - c)


def queens(n):
    return solve(n, 0, set(), set(), set(), [])


def main():
    for n in (6, 8, 10, 11):
        sols = list(queens(n))
        check = sum(sum((i + 1) * q for i, q in enumerate(s)) for s in sols)
        distinct = len({frozenset(enumerate(s)) for s in sols})
        print(n, len(sols), check, distinct, sols[0])


main()
