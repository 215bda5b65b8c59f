# copy() is shallow; dict(d) too; mutation through aliases.
orig = {'list': [1], 'n': 0}
shallow = orig.copy()
other = dict(orig)
alias = orig
shallow['list'].append(2)
shallow['n'] = 99
alias['new'] = True
print(orig)
print(shallow)
print(other)
print(orig is alias, orig is shallow, orig['list'] is other['list'])
