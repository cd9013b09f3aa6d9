; ModuleID = 'shifts.c'
source_filename = "shifts.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@__const.main.amounts = private unnamed_addr constant [6 x i32] [i32 0, i32 1, i32 4, i32 7, i32 15, i32 31], align 16
@.str = private unnamed_addr constant [28 x i8] c"n=%2d sar=%d shr=%u shl=%u\0A\00", align 1
@__const.main.amounts64 = private unnamed_addr constant [5 x i32] [i32 0, i32 3, i32 32, i32 33, i32 63], align 16
@.str.1 = private unnamed_addr constant [40 x i8] c"n=%2d sar64=%lld shr64=%llu shl64=%llx\0A\00", align 1
@.str.2 = private unnamed_addr constant [25 x i8] c"small n=%d: %d %d %d %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [15 x i8] c"u8 shl: %d %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [14 x i8] c"mask: 0x%08x\0A\00", align 1
@.str.5 = private unnamed_addr constant [13 x i8] c"k=%d v=%lld\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [6 x i32], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca [5 x i32], align 16
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i8, align 1
  %9 = alloca i8, align 1
  %10 = alloca i16, align 2
  %11 = alloca i16, align 2
  %12 = alloca i32, align 4
  %13 = alloca i8, align 1
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i64, align 8
  %17 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.amounts, i64 24, i1 false)
  store i32 0, ptr %3, align 4
  br label %18

18:                                               ; preds = %34, %0
  %19 = load i32, ptr %3, align 4
  %20 = icmp slt i32 %19, 6
  br i1 %20, label %21, label %37

21:                                               ; preds = %18
  %22 = load i32, ptr %3, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [6 x i32], ptr %2, i64 0, i64 %23
  %25 = load i32, ptr %24, align 4
  store i32 %25, ptr %4, align 4
  %26 = load i32, ptr %4, align 4
  %27 = load i32, ptr %4, align 4
  %28 = call i32 @sar32(i32 noundef -123456789, i32 noundef %27)
  %29 = load i32, ptr %4, align 4
  %30 = call i32 @shr32(i32 noundef -2147483647, i32 noundef %29)
  %31 = load i32, ptr %4, align 4
  %32 = call i32 @shl32(i32 noundef 305419896, i32 noundef %31)
  %33 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %26, i32 noundef %28, i32 noundef %30, i32 noundef %32)
  br label %34

34:                                               ; preds = %21
  %35 = load i32, ptr %3, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %3, align 4
  br label %18, !llvm.loop !6

37:                                               ; preds = %18
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %5, ptr align 16 @__const.main.amounts64, i64 20, i1 false)
  store i32 0, ptr %6, align 4
  br label %38

38:                                               ; preds = %54, %37
  %39 = load i32, ptr %6, align 4
  %40 = icmp slt i32 %39, 5
  br i1 %40, label %41, label %57

41:                                               ; preds = %38
  %42 = load i32, ptr %6, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [5 x i32], ptr %5, i64 0, i64 %43
  %45 = load i32, ptr %44, align 4
  store i32 %45, ptr %7, align 4
  %46 = load i32, ptr %7, align 4
  %47 = load i32, ptr %7, align 4
  %48 = call i64 @sar64(i64 noundef -9000000000000000000, i32 noundef %47)
  %49 = load i32, ptr %7, align 4
  %50 = call i64 @shr64(i64 noundef -81985529216486896, i32 noundef %49)
  %51 = load i32, ptr %7, align 4
  %52 = call i64 @shl64(i64 noundef 81985529216486895, i32 noundef %51)
  %53 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %46, i64 noundef %48, i64 noundef %50, i64 noundef %52)
  br label %54

54:                                               ; preds = %41
  %55 = load i32, ptr %6, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %6, align 4
  br label %38, !llvm.loop !8

57:                                               ; preds = %38
  store i8 -128, ptr %8, align 1
  store i8 -127, ptr %9, align 1
  store i16 -32768, ptr %10, align 2
  store i16 -32767, ptr %11, align 2
  store i32 0, ptr %12, align 4
  br label %58

58:                                               ; preds = %80, %57
  %59 = load i32, ptr %12, align 4
  %60 = icmp slt i32 %59, 8
  br i1 %60, label %61, label %83

61:                                               ; preds = %58
  %62 = load i32, ptr %12, align 4
  %63 = load i8, ptr %8, align 1
  %64 = sext i8 %63 to i32
  %65 = load i32, ptr %12, align 4
  %66 = ashr i32 %64, %65
  %67 = load i8, ptr %9, align 1
  %68 = zext i8 %67 to i32
  %69 = load i32, ptr %12, align 4
  %70 = ashr i32 %68, %69
  %71 = load i16, ptr %10, align 2
  %72 = sext i16 %71 to i32
  %73 = load i32, ptr %12, align 4
  %74 = ashr i32 %72, %73
  %75 = load i16, ptr %11, align 2
  %76 = zext i16 %75 to i32
  %77 = load i32, ptr %12, align 4
  %78 = ashr i32 %76, %77
  %79 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %62, i32 noundef %66, i32 noundef %70, i32 noundef %74, i32 noundef %78)
  br label %80

80:                                               ; preds = %61
  %81 = load i32, ptr %12, align 4
  %82 = add nsw i32 %81, 3
  store i32 %82, ptr %12, align 4
  br label %58, !llvm.loop !9

83:                                               ; preds = %58
  store i8 -91, ptr %13, align 1
  %84 = load i8, ptr %13, align 1
  %85 = zext i8 %84 to i32
  %86 = shl i32 %85, 3
  %87 = trunc i32 %86 to i8
  %88 = zext i8 %87 to i32
  %89 = load i8, ptr %13, align 1
  %90 = zext i8 %89 to i32
  %91 = shl i32 %90, 3
  %92 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %88, i32 noundef %91)
  store i32 0, ptr %14, align 4
  store i32 0, ptr %15, align 4
  br label %93

93:                                               ; preds = %101, %83
  %94 = load i32, ptr %15, align 4
  %95 = icmp slt i32 %94, 32
  br i1 %95, label %96, label %104

96:                                               ; preds = %93
  %97 = load i32, ptr %15, align 4
  %98 = shl i32 1, %97
  %99 = load i32, ptr %14, align 4
  %100 = or i32 %99, %98
  store i32 %100, ptr %14, align 4
  br label %101

101:                                              ; preds = %96
  %102 = load i32, ptr %15, align 4
  %103 = add nsw i32 %102, 5
  store i32 %103, ptr %15, align 4
  br label %93, !llvm.loop !10

104:                                              ; preds = %93
  %105 = load i32, ptr %14, align 4
  %106 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %105)
  store i64 1, ptr %16, align 8
  store i32 0, ptr %17, align 4
  br label %107

107:                                              ; preds = %115, %104
  %108 = load i64, ptr %16, align 8
  %109 = icmp sgt i64 %108, 0
  br i1 %109, label %110, label %113

110:                                              ; preds = %107
  %111 = load i32, ptr %17, align 4
  %112 = icmp slt i32 %111, 62
  br label %113

113:                                              ; preds = %110, %107
  %114 = phi i1 [ false, %107 ], [ %112, %110 ]
  br i1 %114, label %115, label %120

115:                                              ; preds = %113
  %116 = load i64, ptr %16, align 8
  %117 = shl i64 %116, 1
  store i64 %117, ptr %16, align 8
  %118 = load i32, ptr %17, align 4
  %119 = add nsw i32 %118, 1
  store i32 %119, ptr %17, align 4
  br label %107, !llvm.loop !11

120:                                              ; preds = %113
  %121 = load i32, ptr %17, align 4
  %122 = load i64, ptr %16, align 8
  %123 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %121, i64 noundef %122)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @sar32(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = ashr i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @shr32(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = lshr i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @shl32(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = shl i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @sar64(i64 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  store i64 %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load i64, ptr %3, align 8
  %6 = load i32, ptr %4, align 4
  %7 = zext i32 %6 to i64
  %8 = ashr i64 %5, %7
  ret i64 %8
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @shr64(i64 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  store i64 %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load i64, ptr %3, align 8
  %6 = load i32, ptr %4, align 4
  %7 = zext i32 %6 to i64
  %8 = lshr i64 %5, %7
  ret i64 %8
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @shl64(i64 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  store i64 %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load i64, ptr %3, align 8
  %6 = load i32, ptr %4, align 4
  %7 = zext i32 %6 to i64
  %8 = shl i64 %5, %7
  ret i64 %8
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
