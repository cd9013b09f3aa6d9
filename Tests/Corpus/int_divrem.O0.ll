; ModuleID = 'int_divrem.c'
source_filename = "int_divrem.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@__const.main.vals = private unnamed_addr constant [8 x i32] [i32 17, i32 -17, i32 7, i32 -7, i32 0, i32 1, i32 -1, i32 100], align 16
@__const.main.divs = private unnamed_addr constant [5 x i32] [i32 5, i32 -5, i32 3, i32 -3, i32 7], align 16
@.str = private unnamed_addr constant [15 x i8] c"%d/%d=%d r%d  \00", align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.2 = private unnamed_addr constant [16 x i8] c"u: %u %u %u %u\0A\00", align 1
@.str.3 = private unnamed_addr constant [26 x i8] c"s64: %lld %lld %lld %lld\0A\00", align 1
@.str.4 = private unnamed_addr constant [16 x i8] c"u64: %llu %llu\0A\00", align 1
@.str.5 = private unnamed_addr constant [11 x i8] c"s8: %d %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [12 x i8] c"s16: %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [11 x i8] c"u8: %d %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [12 x i8] c"u16: %d %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [14 x i8] c"const: %d %u\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [8 x i32], align 16
  %3 = alloca [5 x i32], align 16
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i8, align 1
  %7 = alloca i8, align 1
  %8 = alloca i16, align 2
  %9 = alloca i16, align 2
  %10 = alloca i8, align 1
  %11 = alloca i8, align 1
  %12 = alloca i16, align 2
  %13 = alloca i16, align 2
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.vals, i64 32, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %3, ptr align 16 @__const.main.divs, i64 20, i1 false)
  store i32 0, ptr %4, align 4
  br label %18

18:                                               ; preds = %58, %0
  %19 = load i32, ptr %4, align 4
  %20 = icmp slt i32 %19, 8
  br i1 %20, label %21, label %61

21:                                               ; preds = %18
  store i32 0, ptr %5, align 4
  br label %22

22:                                               ; preds = %53, %21
  %23 = load i32, ptr %5, align 4
  %24 = icmp slt i32 %23, 5
  br i1 %24, label %25, label %56

25:                                               ; preds = %22
  %26 = load i32, ptr %4, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 %27
  %29 = load i32, ptr %28, align 4
  %30 = load i32, ptr %5, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [5 x i32], ptr %3, i64 0, i64 %31
  %33 = load i32, ptr %32, align 4
  %34 = load i32, ptr %4, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 %35
  %37 = load i32, ptr %36, align 4
  %38 = load i32, ptr %5, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [5 x i32], ptr %3, i64 0, i64 %39
  %41 = load i32, ptr %40, align 4
  %42 = call i32 @sdiv(i32 noundef %37, i32 noundef %41)
  %43 = load i32, ptr %4, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 %44
  %46 = load i32, ptr %45, align 4
  %47 = load i32, ptr %5, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [5 x i32], ptr %3, i64 0, i64 %48
  %50 = load i32, ptr %49, align 4
  %51 = call i32 @srem(i32 noundef %46, i32 noundef %50)
  %52 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %29, i32 noundef %33, i32 noundef %42, i32 noundef %51)
  br label %53

53:                                               ; preds = %25
  %54 = load i32, ptr %5, align 4
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %5, align 4
  br label %22, !llvm.loop !6

56:                                               ; preds = %22
  %57 = call i32 (ptr, ...) @printf(ptr noundef @.str.1)
  br label %58

58:                                               ; preds = %56
  %59 = load i32, ptr %4, align 4
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr %4, align 4
  br label %18, !llvm.loop !8

61:                                               ; preds = %18
  %62 = call i32 @udiv(i32 noundef -1, i32 noundef 7)
  %63 = call i32 @urem(i32 noundef -1, i32 noundef 7)
  %64 = call i32 @udiv(i32 noundef -17, i32 noundef 5)
  %65 = call i32 @urem(i32 noundef -17, i32 noundef 5)
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %62, i32 noundef %63, i32 noundef %64, i32 noundef %65)
  %67 = call i64 @sdiv64(i64 noundef -1000000000000, i64 noundef 7)
  %68 = call i64 @srem64(i64 noundef -1000000000000, i64 noundef 7)
  %69 = call i64 @sdiv64(i64 noundef 1000000000000, i64 noundef -13)
  %70 = call i64 @srem64(i64 noundef 1000000000000, i64 noundef -13)
  %71 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %67, i64 noundef %68, i64 noundef %69, i64 noundef %70)
  %72 = call i64 @udiv64(i64 noundef -1, i64 noundef 10)
  %73 = call i64 @urem64(i64 noundef -1, i64 noundef 10)
  %74 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef %72, i64 noundef %73)
  store i8 -100, ptr %6, align 1
  store i8 7, ptr %7, align 1
  %75 = load i8, ptr %6, align 1
  %76 = sext i8 %75 to i32
  %77 = load i8, ptr %7, align 1
  %78 = sext i8 %77 to i32
  %79 = sdiv i32 %76, %78
  %80 = load i8, ptr %6, align 1
  %81 = sext i8 %80 to i32
  %82 = load i8, ptr %7, align 1
  %83 = sext i8 %82 to i32
  %84 = srem i32 %81, %83
  %85 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %79, i32 noundef %84)
  store i16 -30000, ptr %8, align 2
  store i16 -7, ptr %9, align 2
  %86 = load i16, ptr %8, align 2
  %87 = sext i16 %86 to i32
  %88 = load i16, ptr %9, align 2
  %89 = sext i16 %88 to i32
  %90 = sdiv i32 %87, %89
  %91 = load i16, ptr %8, align 2
  %92 = sext i16 %91 to i32
  %93 = load i16, ptr %9, align 2
  %94 = sext i16 %93 to i32
  %95 = srem i32 %92, %94
  %96 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %90, i32 noundef %95)
  store i8 -6, ptr %10, align 1
  store i8 7, ptr %11, align 1
  %97 = load i8, ptr %10, align 1
  %98 = zext i8 %97 to i32
  %99 = load i8, ptr %11, align 1
  %100 = zext i8 %99 to i32
  %101 = sdiv i32 %98, %100
  %102 = load i8, ptr %10, align 1
  %103 = zext i8 %102 to i32
  %104 = load i8, ptr %11, align 1
  %105 = zext i8 %104 to i32
  %106 = srem i32 %103, %105
  %107 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %101, i32 noundef %106)
  store i16 -536, ptr %12, align 2
  store i16 13, ptr %13, align 2
  %108 = load i16, ptr %12, align 2
  %109 = zext i16 %108 to i32
  %110 = load i16, ptr %13, align 2
  %111 = zext i16 %110 to i32
  %112 = sdiv i32 %109, %111
  %113 = load i16, ptr %12, align 2
  %114 = zext i16 %113 to i32
  %115 = load i16, ptr %13, align 2
  %116 = zext i16 %115 to i32
  %117 = srem i32 %114, %116
  %118 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %112, i32 noundef %117)
  store i32 0, ptr %14, align 4
  store i32 -50, ptr %15, align 4
  br label %119

119:                                              ; preds = %136, %61
  %120 = load i32, ptr %15, align 4
  %121 = icmp sle i32 %120, 50
  br i1 %121, label %122, label %139

122:                                              ; preds = %119
  %123 = load i32, ptr %15, align 4
  %124 = sdiv i32 %123, 3
  %125 = load i32, ptr %15, align 4
  %126 = srem i32 %125, 5
  %127 = add nsw i32 %124, %126
  %128 = load i32, ptr %15, align 4
  %129 = sdiv i32 %128, 8
  %130 = add nsw i32 %127, %129
  %131 = load i32, ptr %15, align 4
  %132 = srem i32 %131, 16
  %133 = add nsw i32 %130, %132
  %134 = load i32, ptr %14, align 4
  %135 = add nsw i32 %134, %133
  store i32 %135, ptr %14, align 4
  br label %136

136:                                              ; preds = %122
  %137 = load i32, ptr %15, align 4
  %138 = add nsw i32 %137, 1
  store i32 %138, ptr %15, align 4
  br label %119, !llvm.loop !9

139:                                              ; preds = %119
  store i32 0, ptr %16, align 4
  store i32 0, ptr %17, align 4
  br label %140

140:                                              ; preds = %154, %139
  %141 = load i32, ptr %17, align 4
  %142 = icmp ult i32 %141, 1000
  br i1 %142, label %143, label %157

143:                                              ; preds = %140
  %144 = load i32, ptr %17, align 4
  %145 = udiv i32 %144, 3
  %146 = load i32, ptr %17, align 4
  %147 = urem i32 %146, 10
  %148 = add i32 %145, %147
  %149 = load i32, ptr %17, align 4
  %150 = udiv i32 %149, 64
  %151 = add i32 %148, %150
  %152 = load i32, ptr %16, align 4
  %153 = add i32 %152, %151
  store i32 %153, ptr %16, align 4
  br label %154

154:                                              ; preds = %143
  %155 = load i32, ptr %17, align 4
  %156 = add i32 %155, 7
  store i32 %156, ptr %17, align 4
  br label %140, !llvm.loop !10

157:                                              ; preds = %140
  %158 = load i32, ptr %14, align 4
  %159 = load i32, ptr %16, align 4
  %160 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %158, i32 noundef %159)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @sdiv(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = sdiv i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @srem(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = srem i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @udiv(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = udiv i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @urem(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = urem i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @sdiv64(i64 noundef %0, i64 noundef %1) #0 {
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
define internal i64 @srem64(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = srem i64 %5, %6
  ret i64 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @udiv64(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = udiv i64 %5, %6
  ret i64 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @urem64(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = urem i64 %5, %6
  ret i64 %7
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
