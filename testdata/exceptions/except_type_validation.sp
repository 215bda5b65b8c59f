# an except / except* clause's type must be exception classes or a flat tuple of them, checked before matching
for t in [((ValueError,),), (), (ValueError, (TypeError,))]:
    try:
        try:
            raise ValueError(1)
        except* t:
            print("matched", t)
    except Exception as e:
        print(type(e).__name__, e)
for t in [((ValueError,),), (ValueError, (TypeError,)), (TypeError, 3)]:
    try:
        try:
            raise ValueError(1)
        except t:
            print("plain matched", t)
    except Exception as e:
        print(type(e).__name__, e)
