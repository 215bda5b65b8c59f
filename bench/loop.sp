# Nested integer loops with arithmetic and list indexing.
def main():
    n = 1000
    data = [i * 7 % 101 for i in range(n)]
    total = 0
    for i in range(n):
        row = data[i]
        for j in range(n):
            total += (data[j] * row + i - j) % 1009
    acc = 0
    k = 0
    while k < 2500000:
        acc = (acc + data[k % n] * 3) % 1000003
        k += 1
    print(total, acc)

main()
