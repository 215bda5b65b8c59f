"""Test the performance of simple logging calls (pyperformance style)."""
import io
import logging
import time

FORMAT = 'important: %s'
MESSAGE = 'some important information to be logged'


def bench_silent(loops, logger, stream):
    truncate_stream(stream)
    range_it = range(loops)
    t0 = time.perf_counter()
    for _ in range_it:
        logger.debug(MESSAGE)
        logger.debug(MESSAGE)
        logger.debug(MESSAGE)
        logger.debug(MESSAGE)
        logger.debug(MESSAGE)
        logger.debug(MESSAGE)
        logger.debug(MESSAGE)
        logger.debug(MESSAGE)
        logger.debug(MESSAGE)
        logger.debug(MESSAGE)
    dt = time.perf_counter() - t0
    if len(stream.getvalue()) != 0:
        raise ValueError("stream is expected to be empty")
    return dt


def truncate_stream(stream):
    stream.seek(0)
    stream.truncate()


def bench_simple_output(loops, logger, stream):
    truncate_stream(stream)
    range_it = range(loops)
    t0 = time.perf_counter()
    for _ in range_it:
        logger.warning(MESSAGE)
        logger.warning(MESSAGE)
        logger.warning(MESSAGE)
        logger.warning(MESSAGE)
        logger.warning(MESSAGE)
        logger.warning(MESSAGE)
        logger.warning(MESSAGE)
        logger.warning(MESSAGE)
        logger.warning(MESSAGE)
        logger.warning(MESSAGE)
    dt = time.perf_counter() - t0
    lines = stream.getvalue().splitlines()
    if len(lines) != loops * 10:
        raise ValueError("wrong number of lines")
    return dt, len(stream.getvalue())


def bench_formatted_output(loops, logger, stream):
    truncate_stream(stream)
    range_it = range(loops)
    t0 = time.perf_counter()
    for _ in range_it:
        logger.warning(FORMAT, MESSAGE)
        logger.warning(FORMAT, MESSAGE)
        logger.warning(FORMAT, MESSAGE)
        logger.warning(FORMAT, MESSAGE)
        logger.warning(FORMAT, MESSAGE)
        logger.warning(FORMAT, MESSAGE)
        logger.warning(FORMAT, MESSAGE)
        logger.warning(FORMAT, MESSAGE)
        logger.warning(FORMAT, MESSAGE)
        logger.warning(FORMAT, MESSAGE)
    dt = time.perf_counter() - t0
    lines = stream.getvalue().splitlines()
    if len(lines) != loops * 10:
        raise ValueError("wrong number of lines")
    return dt, lines[-1]


def main():
    # NOTE: StringIO performance will impact the results...
    stream = io.StringIO()

    handler = logging.StreamHandler(stream=stream)
    logger = logging.getLogger("benchlogger")
    logger.propagate = False
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)

    bench_silent(20000, logger, stream)
    _, n = bench_simple_output(5000, logger, stream)
    _, last = bench_formatted_output(5000, logger, stream)
    print(n)
    print(last)
    handler.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
    truncate_stream(stream)
    logger.error("x=%d y=%r", 3, 'q')
    print(stream.getvalue(), end='')


if __name__ == "__main__":
    main()
