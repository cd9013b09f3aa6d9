Reads its input until the end (read as 0) and prints it backwards then a newline

>,[>,]                     store the bytes in cells 1 2 3 and so on
<[.<]                      walk back and print each one until cell 0
++++++++++.                newline
