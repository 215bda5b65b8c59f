# Multi-character operators and tokens without spaces.
a=7;b=2
print(a//b,a**b,a%b,a<<b,a>>b,a&b,a|b,a^b,~a,-a,+a)
print(a<b,a<=b,a>b,a>=b,a==b,a!=b)
x=[1,2,3];print(x[1:],x[::2],x[-1])
d={'k':[1,{'n':(2,)}]};print(d['k'][1]['n'][0])
f=lambda*args,**kw:(args,kw);print(f(1,k=2))
print((1)if a else 2,[i for i in(1,2)if i],not(a))
print(a--b,a- -b,a+-b,a*-1,2**-1,-2**2)
y=a;y+=1;y-=2;y*=3;y//=2;y**=2;print(y)
print((a)(b) if False else 'paren call skipped',((a,)),[(a)])
