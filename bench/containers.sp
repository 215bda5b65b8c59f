# Single-thread list/dict/set workload for bench/lock_cost.sh (issue 5,
# item 6): almost every step is one container operation, so the cost of
# the per-object locks (runtime/sharing.go) shows at its largest. Valid
# Python; prints a checksum.


def run(rounds):
    check = 0
    for r in range(rounds):
        d = {}
        words = {}
        lst = []
        seen = set()
        for i in range(20000):
            k = (i * 7919 + r) % 5003
            d[k] = d.get(k, 0) + 1
            lst.append(k)
            if k in seen:
                check += 1
            else:
                seen.add(k)
            w = "w%d" % (k % 701)
            words[w] = words.get(w, 0) + i
        for i in range(0, len(lst), 3):
            lst[i] = lst[i] + lst[-1 - i]
        while len(lst) > 10000:
            check += lst.pop()
        for k in d:
            check += d[k]
        for k, v in words.items():
            check += v % 13
        for x in lst[::5]:
            if x in d:
                check += 1
        check += len(seen & set(lst[:2000]))
        del d[next(iter(d))]
        seen.discard(lst[0])
        check = check % 1000000007
    return check


def main():
    print(run(30))


if __name__ == "__main__":
    main()
