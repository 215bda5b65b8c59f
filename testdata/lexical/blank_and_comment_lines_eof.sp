# Whitespace-only and comment-only lines between statements, and a final comment without newline.

   
x = 1
	
        # deeply indented comment
print(x)


# trailing comment without newline