# ProcessPoolExecutor (the docs' prime example, smaller numbers): runs on virtual threads, same results
import concurrent.futures
import math

PRIMES = [1000003, 1000033, 1000037, 1000039, 1000081, 1000083, 1000001]

def is_prime(n):
    if n < 2:
        return False
    if n == 2:
        return True
    if n % 2 == 0:
        return False
    sqrt_n = int(math.floor(math.sqrt(n)))
    for i in range(3, sqrt_n + 1, 2):
        if n % i == 0:
            return False
    return True

def main():
    with concurrent.futures.ProcessPoolExecutor() as executor:
        for number, prime in zip(PRIMES, executor.map(is_prime, PRIMES)):
            print('%d is prime: %s' % (number, prime))
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as ex:
        print(ex.submit(pow, 2, 10).result())
        print(type(ex).__name__)
    try:
        concurrent.futures.ProcessPoolExecutor(max_workers=0)
    except ValueError as e:
        print("ValueError:", e)

if __name__ == '__main__':
    main()
