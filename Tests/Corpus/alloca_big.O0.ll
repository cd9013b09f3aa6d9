; ModuleID = 'alloca_big.c'
source_filename = "alloca_big.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.anon = type { i32, [60 x i8] }

@.str = private unnamed_addr constant [15 x i8] c"big sum: %.1f\0A\00", align 1
@.str.1 = private unnamed_addr constant [17 x i8] c"most common: %c\0A\00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"frames: %lld\0A\00", align 1
@.str.3 = private unnamed_addr constant [18 x i8] c"copy check: %lld\0A\00", align 1
@.str.4 = private unnamed_addr constant [21 x i8] c"records: %d size=%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [4096 x double], align 16
  %3 = alloca i32, align 4
  %4 = alloca double, align 8
  %5 = alloca i32, align 4
  %6 = alloca [10000 x i8], align 16
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca [512 x i64], align 16
  %10 = alloca [512 x i64], align 16
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca [100 x %struct.anon], align 16
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %3, align 4
  br label %18

18:                                               ; preds = %28, %0
  %19 = load i32, ptr %3, align 4
  %20 = icmp slt i32 %19, 4096
  br i1 %20, label %21, label %31

21:                                               ; preds = %18
  %22 = load i32, ptr %3, align 4
  %23 = sitofp i32 %22 to double
  %24 = fmul double %23, 5.000000e-01
  %25 = load i32, ptr %3, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [4096 x double], ptr %2, i64 0, i64 %26
  store double %24, ptr %27, align 8
  br label %28

28:                                               ; preds = %21
  %29 = load i32, ptr %3, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %3, align 4
  br label %18, !llvm.loop !6

31:                                               ; preds = %18
  store double 0.000000e+00, ptr %4, align 8
  store i32 4095, ptr %5, align 4
  br label %32

32:                                               ; preds = %42, %31
  %33 = load i32, ptr %5, align 4
  %34 = icmp sge i32 %33, 0
  br i1 %34, label %35, label %45

35:                                               ; preds = %32
  %36 = load i32, ptr %5, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [4096 x double], ptr %2, i64 0, i64 %37
  %39 = load double, ptr %38, align 8
  %40 = load double, ptr %4, align 8
  %41 = fadd double %40, %39
  store double %41, ptr %4, align 8
  br label %42

42:                                               ; preds = %35
  %43 = load i32, ptr %5, align 4
  %44 = sub nsw i32 %43, 5
  store i32 %44, ptr %5, align 4
  br label %32, !llvm.loop !8

45:                                               ; preds = %32
  %46 = load double, ptr %4, align 8
  %47 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %46)
  store i32 0, ptr %7, align 4
  br label %48

48:                                               ; preds = %61, %45
  %49 = load i32, ptr %7, align 4
  %50 = icmp slt i32 %49, 9999
  br i1 %50, label %51, label %64

51:                                               ; preds = %48
  %52 = load i32, ptr %7, align 4
  %53 = load i32, ptr %7, align 4
  %54 = mul nsw i32 %52, %53
  %55 = srem i32 %54, 26
  %56 = add nsw i32 97, %55
  %57 = trunc i32 %56 to i8
  %58 = load i32, ptr %7, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds [10000 x i8], ptr %6, i64 0, i64 %59
  store i8 %57, ptr %60, align 1
  br label %61

61:                                               ; preds = %51
  %62 = load i32, ptr %7, align 4
  %63 = add nsw i32 %62, 1
  store i32 %63, ptr %7, align 4
  br label %48, !llvm.loop !9

64:                                               ; preds = %48
  %65 = getelementptr inbounds [10000 x i8], ptr %6, i64 0, i64 9999
  store i8 0, ptr %65, align 1
  %66 = getelementptr inbounds [10000 x i8], ptr %6, i64 0, i64 0
  %67 = call i32 @histogram(ptr noundef %66)
  store i32 %67, ptr %8, align 4
  %68 = load i32, ptr %8, align 4
  %69 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %68)
  %70 = call i64 @frame_sum(i32 noundef 8)
  %71 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %70)
  store i32 0, ptr %11, align 4
  br label %72

72:                                               ; preds = %87, %64
  %73 = load i32, ptr %11, align 4
  %74 = icmp slt i32 %73, 512
  br i1 %74, label %75, label %90

75:                                               ; preds = %72
  %76 = load i32, ptr %11, align 4
  %77 = sext i32 %76 to i64
  %78 = load i32, ptr %11, align 4
  %79 = sext i32 %78 to i64
  %80 = mul nsw i64 %77, %79
  %81 = load i32, ptr %11, align 4
  %82 = sext i32 %81 to i64
  %83 = mul nsw i64 %80, %82
  %84 = load i32, ptr %11, align 4
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds [512 x i64], ptr %9, i64 0, i64 %85
  store i64 %83, ptr %86, align 8
  br label %87

87:                                               ; preds = %75
  %88 = load i32, ptr %11, align 4
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %11, align 4
  br label %72, !llvm.loop !10

90:                                               ; preds = %72
  %91 = getelementptr inbounds [512 x i64], ptr %10, i64 0, i64 0
  %92 = getelementptr inbounds [512 x i64], ptr %9, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %91, ptr align 16 %92, i64 4096, i1 false)
  store i64 0, ptr %12, align 8
  store i32 0, ptr %13, align 4
  br label %93

93:                                               ; preds = %114, %90
  %94 = load i32, ptr %13, align 4
  %95 = icmp slt i32 %94, 512
  br i1 %95, label %96, label %117

96:                                               ; preds = %93
  %97 = load i32, ptr %13, align 4
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds [512 x i64], ptr %10, i64 0, i64 %98
  %100 = load i64, ptr %99, align 8
  %101 = load i32, ptr %13, align 4
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds [512 x i64], ptr %9, i64 0, i64 %102
  %104 = load i64, ptr %103, align 8
  %105 = sub nsw i64 %100, %104
  %106 = load i32, ptr %13, align 4
  %107 = sext i32 %106 to i64
  %108 = getelementptr inbounds [512 x i64], ptr %10, i64 0, i64 %107
  %109 = load i64, ptr %108, align 8
  %110 = and i64 %109, 255
  %111 = add nsw i64 %105, %110
  %112 = load i64, ptr %12, align 8
  %113 = add nsw i64 %112, %111
  store i64 %113, ptr %12, align 8
  br label %114

114:                                              ; preds = %96
  %115 = load i32, ptr %13, align 4
  %116 = add nsw i32 %115, 1
  store i32 %116, ptr %13, align 4
  br label %93, !llvm.loop !11

117:                                              ; preds = %93
  %118 = load i64, ptr %12, align 8
  %119 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %118)
  %120 = getelementptr inbounds [100 x %struct.anon], ptr %14, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %120, i8 0, i64 6400, i1 false)
  store i32 0, ptr %15, align 4
  br label %121

121:                                              ; preds = %140, %117
  %122 = load i32, ptr %15, align 4
  %123 = icmp slt i32 %122, 100
  br i1 %123, label %124, label %143

124:                                              ; preds = %121
  %125 = load i32, ptr %15, align 4
  %126 = mul nsw i32 %125, 7
  %127 = load i32, ptr %15, align 4
  %128 = sext i32 %127 to i64
  %129 = getelementptr inbounds [100 x %struct.anon], ptr %14, i64 0, i64 %128
  %130 = getelementptr inbounds nuw %struct.anon, ptr %129, i32 0, i32 0
  store i32 %126, ptr %130, align 16
  %131 = load i32, ptr %15, align 4
  %132 = srem i32 %131, 26
  %133 = add nsw i32 65, %132
  %134 = trunc i32 %133 to i8
  %135 = load i32, ptr %15, align 4
  %136 = sext i32 %135 to i64
  %137 = getelementptr inbounds [100 x %struct.anon], ptr %14, i64 0, i64 %136
  %138 = getelementptr inbounds nuw %struct.anon, ptr %137, i32 0, i32 1
  %139 = getelementptr inbounds [60 x i8], ptr %138, i64 0, i64 0
  store i8 %134, ptr %139, align 4
  br label %140

140:                                              ; preds = %124
  %141 = load i32, ptr %15, align 4
  %142 = add nsw i32 %141, 1
  store i32 %142, ptr %15, align 4
  br label %121, !llvm.loop !12

143:                                              ; preds = %121
  store i32 0, ptr %16, align 4
  store i32 0, ptr %17, align 4
  br label %144

144:                                              ; preds = %163, %143
  %145 = load i32, ptr %17, align 4
  %146 = icmp slt i32 %145, 100
  br i1 %146, label %147, label %166

147:                                              ; preds = %144
  %148 = load i32, ptr %17, align 4
  %149 = sext i32 %148 to i64
  %150 = getelementptr inbounds [100 x %struct.anon], ptr %14, i64 0, i64 %149
  %151 = getelementptr inbounds nuw %struct.anon, ptr %150, i32 0, i32 0
  %152 = load i32, ptr %151, align 16
  %153 = load i32, ptr %17, align 4
  %154 = sext i32 %153 to i64
  %155 = getelementptr inbounds [100 x %struct.anon], ptr %14, i64 0, i64 %154
  %156 = getelementptr inbounds nuw %struct.anon, ptr %155, i32 0, i32 1
  %157 = getelementptr inbounds [60 x i8], ptr %156, i64 0, i64 0
  %158 = load i8, ptr %157, align 4
  %159 = sext i8 %158 to i32
  %160 = add nsw i32 %152, %159
  %161 = load i32, ptr %16, align 4
  %162 = add nsw i32 %161, %160
  store i32 %162, ptr %16, align 4
  br label %163

163:                                              ; preds = %147
  %164 = load i32, ptr %17, align 4
  %165 = add nsw i32 %164, 1
  store i32 %165, ptr %17, align 4
  br label %144, !llvm.loop !13

166:                                              ; preds = %144
  %167 = load i32, ptr %16, align 4
  %168 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %167, i32 noundef 6400)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @histogram(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca [256 x i32], align 16
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  %7 = getelementptr inbounds [256 x i32], ptr %3, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %7, i8 0, i64 1024, i1 false)
  %8 = load ptr, ptr %2, align 8
  store ptr %8, ptr %4, align 8
  br label %9

9:                                                ; preds = %20, %1
  %10 = load ptr, ptr %4, align 8
  %11 = load i8, ptr %10, align 1
  %12 = icmp ne i8 %11, 0
  br i1 %12, label %13, label %23

13:                                               ; preds = %9
  %14 = load ptr, ptr %4, align 8
  %15 = load i8, ptr %14, align 1
  %16 = zext i8 %15 to i64
  %17 = getelementptr inbounds nuw [256 x i32], ptr %3, i64 0, i64 %16
  %18 = load i32, ptr %17, align 4
  %19 = add nsw i32 %18, 1
  store i32 %19, ptr %17, align 4
  br label %20

20:                                               ; preds = %13
  %21 = load ptr, ptr %4, align 8
  %22 = getelementptr inbounds nuw i8, ptr %21, i32 1
  store ptr %22, ptr %4, align 8
  br label %9, !llvm.loop !14

23:                                               ; preds = %9
  store i32 0, ptr %5, align 4
  store i32 1, ptr %6, align 4
  br label %24

24:                                               ; preds = %40, %23
  %25 = load i32, ptr %6, align 4
  %26 = icmp slt i32 %25, 256
  br i1 %26, label %27, label %43

27:                                               ; preds = %24
  %28 = load i32, ptr %6, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [256 x i32], ptr %3, i64 0, i64 %29
  %31 = load i32, ptr %30, align 4
  %32 = load i32, ptr %5, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [256 x i32], ptr %3, i64 0, i64 %33
  %35 = load i32, ptr %34, align 4
  %36 = icmp sgt i32 %31, %35
  br i1 %36, label %37, label %39

37:                                               ; preds = %27
  %38 = load i32, ptr %6, align 4
  store i32 %38, ptr %5, align 4
  br label %39

39:                                               ; preds = %37, %27
  br label %40

40:                                               ; preds = %39
  %41 = load i32, ptr %6, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %6, align 4
  br label %24, !llvm.loop !15

43:                                               ; preds = %24
  %44 = load i32, ptr %5, align 4
  ret i32 %44
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @frame_sum(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca [2048 x i32], align 16
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  store i32 0, ptr %4, align 4
  br label %7

7:                                                ; preds = %17, %1
  %8 = load i32, ptr %4, align 4
  %9 = icmp slt i32 %8, 2048
  br i1 %9, label %10, label %20

10:                                               ; preds = %7
  %11 = load i32, ptr %4, align 4
  %12 = load i32, ptr %2, align 4
  %13 = xor i32 %11, %12
  %14 = load i32, ptr %4, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [2048 x i32], ptr %3, i64 0, i64 %15
  store i32 %13, ptr %16, align 4
  br label %17

17:                                               ; preds = %10
  %18 = load i32, ptr %4, align 4
  %19 = add nsw i32 %18, 1
  store i32 %19, ptr %4, align 4
  br label %7, !llvm.loop !16

20:                                               ; preds = %7
  store i64 0, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %21

21:                                               ; preds = %32, %20
  %22 = load i32, ptr %6, align 4
  %23 = icmp slt i32 %22, 2048
  br i1 %23, label %24, label %35

24:                                               ; preds = %21
  %25 = load i32, ptr %6, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [2048 x i32], ptr %3, i64 0, i64 %26
  %28 = load i32, ptr %27, align 4
  %29 = sext i32 %28 to i64
  %30 = load i64, ptr %5, align 8
  %31 = add nsw i64 %30, %29
  store i64 %31, ptr %5, align 8
  br label %32

32:                                               ; preds = %24
  %33 = load i32, ptr %6, align 4
  %34 = add nsw i32 %33, 3
  store i32 %34, ptr %6, align 4
  br label %21, !llvm.loop !17

35:                                               ; preds = %21
  %36 = load i32, ptr %2, align 4
  %37 = icmp sgt i32 %36, 0
  br i1 %37, label %38, label %44

38:                                               ; preds = %35
  %39 = load i32, ptr %2, align 4
  %40 = sub nsw i32 %39, 1
  %41 = call i64 @frame_sum(i32 noundef %40)
  %42 = load i64, ptr %5, align 8
  %43 = add nsw i64 %42, %41
  store i64 %43, ptr %5, align 8
  br label %44

44:                                               ; preds = %38, %35
  %45 = load i64, ptr %5, align 8
  ret i64 %45
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }

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
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
!16 = distinct !{!16, !7}
!17 = distinct !{!17, !7}
