; ModuleID = 'globals_strings.c'
source_filename = "globals_strings.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Config = type { ptr, i32, double }

@counter = dso_local global i32 5, align 4
@big_global = dso_local global i64 -77, align 8
@gdoubles = dso_local global [4 x double] [double 1.500000e+00, double 2.500000e+00, double 3.500000e+00, double 0.000000e+00], align 16
@.str = private unnamed_addr constant [4 x i8] c"red\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"green\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"blue\00", align 1
@colors = dso_local constant [3 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2], align 16
@message = dso_local global [32 x i8] c"hello\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00", align 16
@gptr = dso_local global ptr @counter, align 8
@squares = internal global [10 x i32] zeroinitializer, align 16
@primes = internal constant [10 x i16] [i16 2, i16 3, i16 5, i16 7, i16 11, i16 13, i16 17, i16 19, i16 23, i16 29], align 16
@.str.3 = private unnamed_addr constant [14 x i8] c"weighted: %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [21 x i8] c"counter=%d big=%lld\0A\00", align 1
@.str.5 = private unnamed_addr constant [23 x i8] c"gdoubles: %g %g %g %g\0A\00", align 1
@.str.6 = private unnamed_addr constant [19 x i8] c"color %d: %s (%d)\0A\00", align 1
@.str.7 = private unnamed_addr constant [8 x i8] c", world\00", align 1
@.str.8 = private unnamed_addr constant [17 x i8] c"%s [%d] %s [%d]\0A\00", align 1
@greeting = internal constant [13 x i8] c"good morning\00", align 1
@.str.9 = private unnamed_addr constant [7 x i8] c"id %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [12 x i8] c"%s %d %.3f\0A\00", align 1
@.str.11 = private unnamed_addr constant [13 x i8] c"changed: %d\0A\00", align 1
@__const.main.days = private unnamed_addr constant [11 x i32] [i32 1, i32 2, i32 3, i32 4, i32 11, i32 12, i32 13, i32 21, i32 22, i32 23, i32 31], align 16
@.str.12 = private unnamed_addr constant [4 x i8] c"%s \00", align 1
@.str.13 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.14 = private unnamed_addr constant [14 x i8] c"literalconcat\00", align 1
@.str.15 = private unnamed_addr constant [10 x i8] c"%s %c %d\0A\00", align 1
@.str.16 = private unnamed_addr constant [4 x i8] c"abc\00", align 1
@next_id.id = internal global i32 100, align 4
@.str.17 = private unnamed_addr constant [4 x i8] c"low\00", align 1
@.str.18 = private unnamed_addr constant [4 x i8] c"mid\00", align 1
@.str.19 = private unnamed_addr constant [5 x i8] c"high\00", align 1
@configs = internal global [3 x { ptr, i32, [4 x i8], double }] [{ ptr, i32, [4 x i8], double } { ptr @.str.17, i32 1, [4 x i8] zeroinitializer, double 2.500000e-01 }, { ptr, i32, [4 x i8], double } { ptr @.str.18, i32 5, [4 x i8] zeroinitializer, double 5.000000e-01 }, { ptr, i32, [4 x i8], double } { ptr @.str.19, i32 9, [4 x i8] zeroinitializer, double 8.750000e-01 }], align 16
@ordinal.buf = internal global [16 x i8] zeroinitializer, align 16
@.str.21 = private unnamed_addr constant [3 x i8] c"st\00", align 1
@.str.22 = private unnamed_addr constant [3 x i8] c"nd\00", align 1
@.str.23 = private unnamed_addr constant [3 x i8] c"rd\00", align 1
@.str.24 = private unnamed_addr constant [3 x i8] c"th\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca [11 x i32], align 16
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %11

11:                                               ; preds = %21, %0
  %12 = load i32, ptr %2, align 4
  %13 = icmp slt i32 %12, 10
  br i1 %13, label %14, label %24

14:                                               ; preds = %11
  %15 = load i32, ptr %2, align 4
  %16 = load i32, ptr %2, align 4
  %17 = mul nsw i32 %15, %16
  %18 = load i32, ptr %2, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [10 x i32], ptr @squares, i64 0, i64 %19
  store i32 %17, ptr %20, align 4
  br label %21

21:                                               ; preds = %14
  %22 = load i32, ptr %2, align 4
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %2, align 4
  br label %11, !llvm.loop !6

24:                                               ; preds = %11
  store i32 0, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %25

25:                                               ; preds = %41, %24
  %26 = load i32, ptr %4, align 4
  %27 = icmp slt i32 %26, 10
  br i1 %27, label %28, label %44

28:                                               ; preds = %25
  %29 = load i32, ptr %4, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [10 x i32], ptr @squares, i64 0, i64 %30
  %32 = load i32, ptr %31, align 4
  %33 = load i32, ptr %4, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [10 x i16], ptr @primes, i64 0, i64 %34
  %36 = load i16, ptr %35, align 2
  %37 = zext i16 %36 to i32
  %38 = mul nsw i32 %32, %37
  %39 = load i32, ptr %3, align 4
  %40 = add nsw i32 %39, %38
  store i32 %40, ptr %3, align 4
  br label %41

41:                                               ; preds = %28
  %42 = load i32, ptr %4, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %4, align 4
  br label %25, !llvm.loop !8

44:                                               ; preds = %25
  %45 = load i32, ptr %3, align 4
  %46 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %45)
  %47 = load ptr, ptr @gptr, align 8
  %48 = load i32, ptr %47, align 4
  %49 = add nsw i32 %48, 10
  store i32 %49, ptr %47, align 4
  %50 = load i32, ptr @counter, align 4
  %51 = sext i32 %50 to i64
  %52 = load i64, ptr @big_global, align 8
  %53 = mul nsw i64 %52, %51
  store i64 %53, ptr @big_global, align 8
  %54 = load i32, ptr @counter, align 4
  %55 = load i64, ptr @big_global, align 8
  %56 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %54, i64 noundef %55)
  %57 = load double, ptr @gdoubles, align 16
  %58 = load double, ptr getelementptr inbounds ([4 x double], ptr @gdoubles, i64 0, i64 2), align 16
  %59 = fadd double %57, %58
  store double %59, ptr getelementptr inbounds ([4 x double], ptr @gdoubles, i64 0, i64 3), align 8
  %60 = load double, ptr @gdoubles, align 16
  %61 = load double, ptr getelementptr inbounds ([4 x double], ptr @gdoubles, i64 0, i64 1), align 8
  %62 = load double, ptr getelementptr inbounds ([4 x double], ptr @gdoubles, i64 0, i64 2), align 16
  %63 = load double, ptr getelementptr inbounds ([4 x double], ptr @gdoubles, i64 0, i64 3), align 8
  %64 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %60, double noundef %61, double noundef %62, double noundef %63)
  store i32 0, ptr %5, align 4
  br label %65

65:                                               ; preds = %81, %44
  %66 = load i32, ptr %5, align 4
  %67 = icmp slt i32 %66, 3
  br i1 %67, label %68, label %84

68:                                               ; preds = %65
  %69 = load i32, ptr %5, align 4
  %70 = load i32, ptr %5, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [3 x ptr], ptr @colors, i64 0, i64 %71
  %73 = load ptr, ptr %72, align 8
  %74 = load i32, ptr %5, align 4
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [3 x ptr], ptr @colors, i64 0, i64 %75
  %77 = load ptr, ptr %76, align 8
  %78 = call i64 @strlen(ptr noundef %77) #5
  %79 = trunc i64 %78 to i32
  %80 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %69, ptr noundef %73, i32 noundef %79)
  br label %81

81:                                               ; preds = %68
  %82 = load i32, ptr %5, align 4
  %83 = add nsw i32 %82, 1
  store i32 %83, ptr %5, align 4
  br label %65, !llvm.loop !9

84:                                               ; preds = %65
  %85 = call ptr @strcat(ptr noundef @message, ptr noundef @.str.7) #6
  %86 = call i64 @strlen(ptr noundef @message) #5
  %87 = trunc i64 %86 to i32
  %88 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, ptr noundef @message, i32 noundef %87, ptr noundef @greeting, i32 noundef 13)
  store i32 0, ptr %6, align 4
  br label %89

89:                                               ; preds = %95, %84
  %90 = load i32, ptr %6, align 4
  %91 = icmp slt i32 %90, 3
  br i1 %91, label %92, label %98

92:                                               ; preds = %89
  %93 = call i32 @next_id()
  %94 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %93)
  br label %95

95:                                               ; preds = %92
  %96 = load i32, ptr %6, align 4
  %97 = add nsw i32 %96, 1
  store i32 %97, ptr %6, align 4
  br label %89, !llvm.loop !10

98:                                               ; preds = %89
  store i32 0, ptr %7, align 4
  br label %99

99:                                               ; preds = %119, %98
  %100 = load i32, ptr %7, align 4
  %101 = icmp slt i32 %100, 3
  br i1 %101, label %102, label %122

102:                                              ; preds = %99
  %103 = load i32, ptr %7, align 4
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds [3 x %struct.Config], ptr @configs, i64 0, i64 %104
  %106 = getelementptr inbounds nuw %struct.Config, ptr %105, i32 0, i32 0
  %107 = load ptr, ptr %106, align 8
  %108 = load i32, ptr %7, align 4
  %109 = sext i32 %108 to i64
  %110 = getelementptr inbounds [3 x %struct.Config], ptr @configs, i64 0, i64 %109
  %111 = getelementptr inbounds nuw %struct.Config, ptr %110, i32 0, i32 1
  %112 = load i32, ptr %111, align 8
  %113 = load i32, ptr %7, align 4
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds [3 x %struct.Config], ptr @configs, i64 0, i64 %114
  %116 = getelementptr inbounds nuw %struct.Config, ptr %115, i32 0, i32 2
  %117 = load double, ptr %116, align 8
  %118 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, ptr noundef %107, i32 noundef %112, double noundef %117)
  br label %119

119:                                              ; preds = %102
  %120 = load i32, ptr %7, align 4
  %121 = add nsw i32 %120, 1
  store i32 %121, ptr %7, align 4
  br label %99, !llvm.loop !11

122:                                              ; preds = %99
  store i32 6, ptr getelementptr inbounds nuw (%struct.Config, ptr getelementptr inbounds ([3 x %struct.Config], ptr @configs, i64 0, i64 1), i32 0, i32 1), align 8
  %123 = load i32, ptr getelementptr inbounds nuw (%struct.Config, ptr getelementptr inbounds ([3 x %struct.Config], ptr @configs, i64 0, i64 1), i32 0, i32 1), align 8
  %124 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %123)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %8, ptr align 16 @__const.main.days, i64 44, i1 false)
  store i32 0, ptr %9, align 4
  br label %125

125:                                              ; preds = %135, %122
  %126 = load i32, ptr %9, align 4
  %127 = icmp slt i32 %126, 11
  br i1 %127, label %128, label %138

128:                                              ; preds = %125
  %129 = load i32, ptr %9, align 4
  %130 = sext i32 %129 to i64
  %131 = getelementptr inbounds [11 x i32], ptr %8, i64 0, i64 %130
  %132 = load i32, ptr %131, align 4
  %133 = call ptr @ordinal(i32 noundef %132)
  %134 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, ptr noundef %133)
  br label %135

135:                                              ; preds = %128
  %136 = load i32, ptr %9, align 4
  %137 = add nsw i32 %136, 1
  store i32 %137, ptr %9, align 4
  br label %125, !llvm.loop !12

138:                                              ; preds = %125
  %139 = call i32 (ptr, ...) @printf(ptr noundef @.str.13)
  store ptr @.str.14, ptr %10, align 8
  %140 = load ptr, ptr %10, align 8
  %141 = load ptr, ptr %10, align 8
  %142 = getelementptr inbounds i8, ptr %141, i64 7
  %143 = load i8, ptr %142, align 1
  %144 = sext i8 %143 to i32
  %145 = load i8, ptr getelementptr inbounds ([4 x i8], ptr @.str.16, i64 0, i64 1), align 1
  %146 = sext i8 %145 to i32
  %147 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, ptr noundef %140, i32 noundef %144, i32 noundef %146)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #2

; Function Attrs: nounwind
declare ptr @strcat(ptr noundef, ptr noundef) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @next_id() #0 {
  %1 = load i32, ptr @next_id.id, align 4
  %2 = add nsw i32 %1, 1
  store i32 %2, ptr @next_id.id, align 4
  ret i32 %1
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @ordinal(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  store i32 %0, ptr %2, align 4
  %4 = load i32, ptr %2, align 4
  %5 = srem i32 %4, 10
  %6 = icmp eq i32 %5, 1
  br i1 %6, label %7, label %11

7:                                                ; preds = %1
  %8 = load i32, ptr %2, align 4
  %9 = icmp ne i32 %8, 11
  br i1 %9, label %10, label %11

10:                                               ; preds = %7
  br label %32

11:                                               ; preds = %7, %1
  %12 = load i32, ptr %2, align 4
  %13 = srem i32 %12, 10
  %14 = icmp eq i32 %13, 2
  br i1 %14, label %15, label %19

15:                                               ; preds = %11
  %16 = load i32, ptr %2, align 4
  %17 = icmp ne i32 %16, 12
  br i1 %17, label %18, label %19

18:                                               ; preds = %15
  br label %30

19:                                               ; preds = %15, %11
  %20 = load i32, ptr %2, align 4
  %21 = srem i32 %20, 10
  %22 = icmp eq i32 %21, 3
  br i1 %22, label %23, label %26

23:                                               ; preds = %19
  %24 = load i32, ptr %2, align 4
  %25 = icmp ne i32 %24, 13
  br label %26

26:                                               ; preds = %23, %19
  %27 = phi i1 [ false, %19 ], [ %25, %23 ]
  %28 = zext i1 %27 to i64
  %29 = select i1 %27, ptr @.str.23, ptr @.str.24
  br label %30

30:                                               ; preds = %26, %18
  %31 = phi ptr [ @.str.22, %18 ], [ %29, %26 ]
  br label %32

32:                                               ; preds = %30, %10
  %33 = phi ptr [ @.str.21, %10 ], [ %31, %30 ]
  store ptr %33, ptr %3, align 8
  %34 = load i32, ptr %2, align 4
  %35 = sdiv i32 %34, 10
  %36 = add nsw i32 48, %35
  %37 = trunc i32 %36 to i8
  store i8 %37, ptr @ordinal.buf, align 16
  %38 = load i32, ptr %2, align 4
  %39 = srem i32 %38, 10
  %40 = add nsw i32 48, %39
  %41 = trunc i32 %40 to i8
  store i8 %41, ptr getelementptr inbounds ([16 x i8], ptr @ordinal.buf, i64 0, i64 1), align 1
  %42 = load ptr, ptr %3, align 8
  %43 = call ptr @strcpy(ptr noundef getelementptr inbounds (i8, ptr @ordinal.buf, i64 2), ptr noundef %42) #6
  %44 = load i8, ptr @ordinal.buf, align 16
  %45 = sext i8 %44 to i32
  %46 = icmp eq i32 %45, 48
  %47 = zext i1 %46 to i64
  %48 = select i1 %46, ptr getelementptr inbounds (i8, ptr @ordinal.buf, i64 1), ptr @ordinal.buf
  ret ptr %48
}

; Function Attrs: nounwind
declare ptr @strcpy(ptr noundef, ptr noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind willreturn memory(read) }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
