# break cannot leave an except* block
for i in range(3):
    try:
        pass
    except* ValueError:
        for j in range(2):
            break
        while True:
            continue
        break
