class = 'reserved word'
