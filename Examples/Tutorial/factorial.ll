; The tutorial's factorial as a whole program: swiftjit run Examples/Tutorial/factorial.ll
@format = private unnamed_addr constant [13 x i8] c"%2ld! = %ld\0A\00"

declare i32 @printf(ptr, ...)

define i64 @factorial(i64 %n) {
entry:
  br label %loop

loop:
  %i = phi i64 [ 1, %entry ], [ %next, %loop ]
  %acc = phi i64 [ 1, %entry ], [ %product, %loop ]
  %product = mul i64 %acc, %i
  %next = add i64 %i, 1
  %more = icmp sle i64 %next, %n
  br i1 %more, label %loop, label %done

done:
  ret i64 %product
}

define i32 @main() {
entry:
  br label %loop

loop:
  %n = phi i64 [ 1, %entry ], [ %next, %loop ]
  %f = call i64 @factorial(i64 %n)
  %printed = call i32 (ptr, ...) @printf(ptr @format, i64 %n, i64 %f)
  %next = add i64 %n, 3
  %more = icmp sle i64 %next, 20
  br i1 %more, label %loop, label %done

done:
  ret i32 0
}
