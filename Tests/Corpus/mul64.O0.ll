; ModuleID = 'mul64.c'
source_filename = "mul64.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [27 x i8] c"max*max = %016llx %016llx\0A\00", align 1
@.str.1 = private unnamed_addr constant [27 x i8] c"a*b     = %016llx %016llx\0A\00", align 1
@.str.2 = private unnamed_addr constant [12 x i8] c"20! = %lld\0A\00", align 1
@.str.3 = private unnamed_addr constant [21 x i8] c"wrap product = %llu\0A\00", align 1
@__const.main.nums = private unnamed_addr constant [4 x i64] [i64 9223372036854775807, i64 -9223372036854775807, i64 1000000007, i64 -3], align 16
@__const.main.dens = private unnamed_addr constant [4 x i64] [i64 3, i64 -7, i64 1000, i64 2], align 16
@.str.4 = private unnamed_addr constant [16 x i8] c"%lld/%lld=%lld \00", align 1
@.str.5 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.6 = private unnamed_addr constant [22 x i8] c"udiv: %llu %llu %llu\0A\00", align 1
@.str.7 = private unnamed_addr constant [31 x i8] c"by const: %llu %llu %llu %lld\0A\00", align 1
@.str.8 = private unnamed_addr constant [21 x i8] c"widening: %lld %llu\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca [4 x i64], align 16
  %9 = alloca [4 x i64], align 16
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i64, align 8
  %16 = alloca i32, align 4
  %17 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @mul_64x64_128(i64 noundef -1, i64 noundef -1, ptr noundef %2, ptr noundef %3)
  %18 = load i64, ptr %2, align 8
  %19 = load i64, ptr %3, align 8
  %20 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %18, i64 noundef %19)
  call void @mul_64x64_128(i64 noundef 81985529216486895, i64 noundef 1147797409030816545, ptr noundef %2, ptr noundef %3)
  %21 = load i64, ptr %2, align 8
  %22 = load i64, ptr %3, align 8
  %23 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %21, i64 noundef %22)
  store i64 1, ptr %4, align 8
  store i32 1, ptr %5, align 4
  br label %24

24:                                               ; preds = %32, %0
  %25 = load i32, ptr %5, align 4
  %26 = icmp sle i32 %25, 20
  br i1 %26, label %27, label %35

27:                                               ; preds = %24
  %28 = load i32, ptr %5, align 4
  %29 = sext i32 %28 to i64
  %30 = load i64, ptr %4, align 8
  %31 = mul nsw i64 %30, %29
  store i64 %31, ptr %4, align 8
  br label %32

32:                                               ; preds = %27
  %33 = load i32, ptr %5, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %5, align 4
  br label %24, !llvm.loop !6

35:                                               ; preds = %24
  %36 = load i64, ptr %4, align 8
  %37 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %36)
  store i64 1, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %38

38:                                               ; preds = %44, %35
  %39 = load i32, ptr %7, align 4
  %40 = icmp slt i32 %39, 100
  br i1 %40, label %41, label %47

41:                                               ; preds = %38
  %42 = load i64, ptr %6, align 8
  %43 = mul i64 %42, 6364136223846793005
  store i64 %43, ptr %6, align 8
  br label %44

44:                                               ; preds = %41
  %45 = load i32, ptr %7, align 4
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %7, align 4
  br label %38, !llvm.loop !8

47:                                               ; preds = %38
  %48 = load i64, ptr %6, align 8
  %49 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %48)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %8, ptr align 16 @__const.main.nums, i64 32, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %9, ptr align 16 @__const.main.dens, i64 32, i1 false)
  store i32 0, ptr %10, align 4
  br label %50

50:                                               ; preds = %80, %47
  %51 = load i32, ptr %10, align 4
  %52 = icmp slt i32 %51, 4
  br i1 %52, label %53, label %83

53:                                               ; preds = %50
  store i32 0, ptr %11, align 4
  br label %54

54:                                               ; preds = %76, %53
  %55 = load i32, ptr %11, align 4
  %56 = icmp slt i32 %55, 4
  br i1 %56, label %57, label %79

57:                                               ; preds = %54
  %58 = load i32, ptr %10, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds [4 x i64], ptr %8, i64 0, i64 %59
  %61 = load i64, ptr %60, align 8
  %62 = load i32, ptr %11, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds [4 x i64], ptr %9, i64 0, i64 %63
  %65 = load i64, ptr %64, align 8
  %66 = load i32, ptr %10, align 4
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds [4 x i64], ptr %8, i64 0, i64 %67
  %69 = load i64, ptr %68, align 8
  %70 = load i32, ptr %11, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [4 x i64], ptr %9, i64 0, i64 %71
  %73 = load i64, ptr %72, align 8
  %74 = call i64 @sdiv(i64 noundef %69, i64 noundef %73)
  %75 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef %61, i64 noundef %65, i64 noundef %74)
  br label %76

76:                                               ; preds = %57
  %77 = load i32, ptr %11, align 4
  %78 = add nsw i32 %77, 1
  store i32 %78, ptr %11, align 4
  br label %54, !llvm.loop !9

79:                                               ; preds = %54
  br label %80

80:                                               ; preds = %79
  %81 = load i32, ptr %10, align 4
  %82 = add nsw i32 %81, 1
  store i32 %82, ptr %10, align 4
  br label %50, !llvm.loop !10

83:                                               ; preds = %50
  %84 = call i32 (ptr, ...) @printf(ptr noundef @.str.5)
  %85 = call i64 @udiv(i64 noundef -1, i64 noundef 3)
  %86 = call i64 @udiv(i64 noundef -9223372036854775808, i64 noundef 4294967295)
  %87 = call i64 @udiv(i64 noundef 12345, i64 noundef 4294967296)
  %88 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %85, i64 noundef %86, i64 noundef %87)
  store i64 -2401053089206453570, ptr %12, align 8
  %89 = load i64, ptr %12, align 8
  %90 = udiv i64 %89, 10
  %91 = load i64, ptr %12, align 8
  %92 = urem i64 %91, 1000
  %93 = load i64, ptr %12, align 8
  %94 = udiv i64 %93, 65536
  %95 = load i64, ptr %12, align 8
  %96 = sdiv i64 %95, 7
  %97 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i64 noundef %90, i64 noundef %92, i64 noundef %94, i64 noundef %96)
  store i32 -2000000000, ptr %13, align 4
  store i32 2000000000, ptr %14, align 4
  %98 = load i32, ptr %13, align 4
  %99 = sext i32 %98 to i64
  %100 = load i32, ptr %14, align 4
  %101 = sext i32 %100 to i64
  %102 = mul nsw i64 %99, %101
  store i64 %102, ptr %15, align 8
  store i32 -294967296, ptr %16, align 4
  %103 = load i32, ptr %16, align 4
  %104 = zext i32 %103 to i64
  %105 = load i32, ptr %16, align 4
  %106 = zext i32 %105 to i64
  %107 = mul i64 %104, %106
  store i64 %107, ptr %17, align 8
  %108 = load i64, ptr %15, align 8
  %109 = load i64, ptr %17, align 8
  %110 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i64 noundef %108, i64 noundef %109)
  ret i32 0
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @mul_64x64_128(i64 noundef %0, i64 noundef %1, ptr noundef %2, ptr noundef %3) #0 {
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  %14 = alloca i64, align 8
  %15 = alloca i64, align 8
  %16 = alloca i64, align 8
  %17 = alloca i64, align 8
  store i64 %0, ptr %5, align 8
  store i64 %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store ptr %3, ptr %8, align 8
  %18 = load i64, ptr %5, align 8
  %19 = and i64 %18, 4294967295
  store i64 %19, ptr %9, align 8
  %20 = load i64, ptr %5, align 8
  %21 = lshr i64 %20, 32
  store i64 %21, ptr %10, align 8
  %22 = load i64, ptr %6, align 8
  %23 = and i64 %22, 4294967295
  store i64 %23, ptr %11, align 8
  %24 = load i64, ptr %6, align 8
  %25 = lshr i64 %24, 32
  store i64 %25, ptr %12, align 8
  %26 = load i64, ptr %9, align 8
  %27 = load i64, ptr %11, align 8
  %28 = mul i64 %26, %27
  store i64 %28, ptr %13, align 8
  %29 = load i64, ptr %9, align 8
  %30 = load i64, ptr %12, align 8
  %31 = mul i64 %29, %30
  store i64 %31, ptr %14, align 8
  %32 = load i64, ptr %10, align 8
  %33 = load i64, ptr %11, align 8
  %34 = mul i64 %32, %33
  store i64 %34, ptr %15, align 8
  %35 = load i64, ptr %10, align 8
  %36 = load i64, ptr %12, align 8
  %37 = mul i64 %35, %36
  store i64 %37, ptr %16, align 8
  %38 = load i64, ptr %13, align 8
  %39 = lshr i64 %38, 32
  %40 = load i64, ptr %14, align 8
  %41 = and i64 %40, 4294967295
  %42 = add i64 %39, %41
  %43 = load i64, ptr %15, align 8
  %44 = and i64 %43, 4294967295
  %45 = add i64 %42, %44
  store i64 %45, ptr %17, align 8
  %46 = load i64, ptr %17, align 8
  %47 = shl i64 %46, 32
  %48 = load i64, ptr %13, align 8
  %49 = and i64 %48, 4294967295
  %50 = or i64 %47, %49
  %51 = load ptr, ptr %8, align 8
  store i64 %50, ptr %51, align 8
  %52 = load i64, ptr %16, align 8
  %53 = load i64, ptr %14, align 8
  %54 = lshr i64 %53, 32
  %55 = add i64 %52, %54
  %56 = load i64, ptr %15, align 8
  %57 = lshr i64 %56, 32
  %58 = add i64 %55, %57
  %59 = load i64, ptr %17, align 8
  %60 = lshr i64 %59, 32
  %61 = add i64 %58, %60
  %62 = load ptr, ptr %7, align 8
  store i64 %61, ptr %62, align 8
  ret void
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @sdiv(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = sdiv i64 %5, %6
  ret i64 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @udiv(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = udiv i64 %5, %6
  ret i64 %7
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
