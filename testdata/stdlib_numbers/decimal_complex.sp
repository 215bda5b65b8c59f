# complex with Decimal (== through a zero imaginary part), pprint,
# statistics, str formatting and other builtins, as CPython 3.11.
import decimal, statistics, pprint, array
D = decimal.Decimal
for e in ["D('1.5') == 1.5+0j", "D('1.5') == 1.5+1j", "1.5+0j == D('1.5')", "pprint.pformat([1j, {'a': -2j}])", "statistics.median([1j, 2j])", "'%5s|%-6r|' % (1j, -1j)", "'{:^12}'.format(1-1j)", "list(map(abs, [3+4j, -5j]))", "sum([1j] * 10, start=0j)", "[x ** 2 for x in (1j, 2j)]", "{1j: 1}[1j]", "max([1j, 2j], key=abs)", "round(abs(3+4j))", "isinstance(1j, (int, float))", "str(-0j)", "float('1j')", "int('1j')", "eval('1j + 2')", "complex(' 1 + 2j ')"]:
    try:
        print(e, '->', eval(e))
    except Exception as ex:
        print(e, '->', type(ex).__name__ + ':', ex)
