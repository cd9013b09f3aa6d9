# Each line is assembled on its own; after "#!" stand the column and message it must produce.
mov rax, [rbx + 8                #! 18: expected '+', '-' or ']' in the memory operand
mov rax, rbx rcx                 #! 14: expected ',' or the end of the line after an operand
frobnicate rax, rbx              #! 1: frobnicate rax, rbx: unknown mnemonic 'frobnicate'
add rax, ecx                     #! 1: add rax, ecx: no form of 'add' takes these operands
add QWORD PTR [rax], 0x80000000  #! 1: add QWORD PTR [rax], 2147483648: immediate 2147483648 is out of range -2147483648...2147483647
add al, 256                      #! 1: add al, 256: immediate 256 is out of range -128...255
mov ah, sil                      #! 1: mov ah, sil: ah, ch, dh and bh cannot be used in an instruction that needs a REX prefix
lea rax, [rbx + rcx*3]           #! 17: invalid scale 3: expected 1, 2, 4 or 8
lea rax, [rbx + rsp*2]           #! 17: rsp cannot be an index register
mov eax, [ebx]                   #! 11: 'ebx' cannot address memory: use a 64-bit register
mov eax, DWORD [rbx]             #! 16: expected 'PTR' after 'DWORD'
mov rax, foo                     #! 10: unknown register or operand 'foo'
add [rax], 1                     #! 1: add [rax], 0x1: no form of 'add' takes these operands
jmp nowhere                      #! 5: label 'nowhere' is not defined
shl eax, 256                     #! 1: shl eax, 0x100: immediate 256 is out of range 0...255
.byte 300                        #! 1: .byte 300: immediate 300 is out of range -128...255
.p2align 13                      #! 1: .p2align 13: expected a power of two exponent in 0...12
.align 3                         #! 1: .align 3: alignment 3 is not a power of two in 1...4096
.frob 1                          #! 1: .frob 1: unsupported directive '.frob'
.ascii "abc                      #! 8: unterminated string
lock add [rax], eax              #! 1: prefix 'lock' is not supported
mov rax, 0x1g                    #! 10: invalid number '0x1g'
movabs rcx, [0x123456789]        #! 1: movabs rcx, [0x123456789]: only al, ax, eax and rax can load or store a 64-bit address
mov eax, [rip + rax]             #! 17: rip-relative addresses cannot have an index
ret 65536                        #! 1: ret 0x10000: immediate 65536 is out of range 0...65535
cvtsi2sd xmm0, [rax]             #! 1: cvtsi2sd xmm0, [rax]: no form of 'cvtsi2sd' takes these operands
: rax                            #! 1: expected an instruction, a directive or a label
