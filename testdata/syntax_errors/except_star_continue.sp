# continue cannot leave an except* block, even from a nested try
for i in range(3):
    try:
        pass
    except* ValueError:
        try:
            pass
        finally:
            continue
