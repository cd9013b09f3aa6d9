Prints the printable ASCII characters from space to tilde then a newline

++++++++[>++++<-]          cell 1 = 8 times 4 = 32 (space)
++++++++++[>>+++++++++<<-] cell 2 = 10 times 9
>>+++++                    plus 5 = 95 characters to print
[<.+>-]                    print cell 1 and step to the next character 95 times
++++++++++.                cell 2 is 0 again: 10 is a newline
