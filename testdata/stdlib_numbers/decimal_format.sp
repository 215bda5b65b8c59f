# format(Decimal, spec): exact digits for f/e/g/%/none, grouping, zero padding, alignment, specials, invalid specs
from decimal import Decimal as D
for v in ['1234.5678','-0.5','0','1e-10','123E5','-1234567.891','0.000', 'inf', '-nan', '9.99', '0E+3', '-0']:
  for s in ['f','.2f',',.2f','10.1f','<12,.3f','+.1f','%','.1%','012.2f','_f','.0f','', '>10', ',', 'e', '.3e', 'g', '.2g', ' .2f', 'n', '012,.1f', '*^15', '=+12', 'z.1f', '#.0f', '.1g', 'E', 'G', '.0e']:
    try: print(v, repr(s), repr(format(D(v), s)))
    except Exception as e: print(v, repr(s), 'ERR', type(e).__name__)
