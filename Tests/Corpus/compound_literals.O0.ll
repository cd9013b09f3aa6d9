; ModuleID = 'compound_literals.c'
source_filename = "compound_literals.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Rect = type { %struct.Point, %struct.Point, ptr }
%struct.Point = type { i32, i32 }
%struct.Conf = type { i32, double, [8 x i8], [4 x i32] }

@.str = private unnamed_addr constant [10 x i8] c"area: %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"box\00", align 1
@.str.2 = private unnamed_addr constant [12 x i8] c"sum: %d %d\0A\00", align 1
@constinit = private constant [5 x i32] [i32 0, i32 0, i32 10, i32 0, i32 7], align 4
@.str.3 = private unnamed_addr constant [12 x i8] c"mid: %d %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"designated\00", align 1
@__const.main.r = private unnamed_addr constant %struct.Rect { %struct.Point zeroinitializer, %struct.Point { i32 3, i32 9 }, ptr @.str.4 }, align 8
@.str.5 = private unnamed_addr constant [30 x i8] c"rect: %d %d %d %d %s area=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [28 x i8] c"conf: %d %g %s %d %d %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"%d \00", align 1
@.str.8 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@constinit.9 = private constant [3 x %struct.Point] [%struct.Point { i32 1, i32 1 }, %struct.Point { i32 2, i32 4 }, %struct.Point { i32 3, i32 9 }], align 4
@.str.10 = private unnamed_addr constant [9 x i8] c"pts: %d\0A\00", align 1
@.str.11 = private unnamed_addr constant [21 x i8] c"loop literal: %d %d\0A\00", align 1
@.str.12 = private unnamed_addr constant [11 x i8] c"chars: %s\0A\00", align 1
@.str.13 = private unnamed_addr constant [14 x i8] c"dv: %g %g %g\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Rect, align 8
  %3 = alloca [4 x i32], align 4
  %4 = alloca [5 x i32], align 4
  %5 = alloca %struct.Point, align 4
  %6 = alloca %struct.Point, align 4
  %7 = alloca %struct.Point, align 4
  %8 = alloca %struct.Rect, align 8
  %9 = alloca %struct.Conf, align 8
  %10 = alloca [10 x i32], align 16
  %11 = alloca i32, align 4
  %12 = alloca ptr, align 8
  %13 = alloca [3 x %struct.Point], align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca %struct.Point, align 4
  %18 = alloca ptr, align 8
  %19 = alloca [3 x i8], align 1
  %20 = alloca ptr, align 8
  %21 = alloca [3 x double], align 8
  store i32 0, ptr %1, align 4
  %22 = getelementptr inbounds nuw %struct.Rect, ptr %2, i32 0, i32 0
  %23 = getelementptr inbounds nuw %struct.Point, ptr %22, i32 0, i32 0
  store i32 0, ptr %23, align 8
  %24 = getelementptr inbounds nuw %struct.Point, ptr %22, i32 0, i32 1
  store i32 0, ptr %24, align 4
  %25 = getelementptr inbounds nuw %struct.Rect, ptr %2, i32 0, i32 1
  %26 = getelementptr inbounds nuw %struct.Point, ptr %25, i32 0, i32 0
  store i32 4, ptr %26, align 8
  %27 = getelementptr inbounds nuw %struct.Point, ptr %25, i32 0, i32 1
  store i32 5, ptr %27, align 4
  %28 = getelementptr inbounds nuw %struct.Rect, ptr %2, i32 0, i32 2
  store ptr @.str.1, ptr %28, align 8
  %29 = call i32 @area(ptr noundef byval(%struct.Rect) align 8 %2)
  %30 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %29)
  store i32 1, ptr %3, align 4
  %31 = getelementptr inbounds i32, ptr %3, i64 1
  store i32 2, ptr %31, align 4
  %32 = getelementptr inbounds i32, ptr %3, i64 2
  store i32 3, ptr %32, align 4
  %33 = getelementptr inbounds i32, ptr %3, i64 3
  store i32 4, ptr %33, align 4
  %34 = getelementptr inbounds [4 x i32], ptr %3, i64 0, i64 0
  %35 = call i32 @sum(ptr noundef %34, i32 noundef 4)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %4, ptr align 4 @constinit, i64 20, i1 false)
  %36 = getelementptr inbounds [5 x i32], ptr %4, i64 0, i64 0
  %37 = call i32 @sum(ptr noundef %36, i32 noundef 5)
  %38 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %35, i32 noundef %37)
  %39 = getelementptr inbounds nuw %struct.Point, ptr %6, i32 0, i32 0
  store i32 2, ptr %39, align 4
  %40 = getelementptr inbounds nuw %struct.Point, ptr %6, i32 0, i32 1
  store i32 8, ptr %40, align 4
  %41 = getelementptr inbounds nuw %struct.Point, ptr %7, i32 0, i32 0
  store i32 10, ptr %41, align 4
  %42 = getelementptr inbounds nuw %struct.Point, ptr %7, i32 0, i32 1
  store i32 -4, ptr %42, align 4
  %43 = call i64 @midpoint(ptr noundef %6, ptr noundef %7)
  store i64 %43, ptr %5, align 4
  %44 = getelementptr inbounds nuw %struct.Point, ptr %5, i32 0, i32 0
  %45 = load i32, ptr %44, align 4
  %46 = getelementptr inbounds nuw %struct.Point, ptr %5, i32 0, i32 1
  %47 = load i32, ptr %46, align 4
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %45, i32 noundef %47)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 @__const.main.r, i64 24, i1 false)
  %49 = getelementptr inbounds nuw %struct.Rect, ptr %8, i32 0, i32 0
  %50 = getelementptr inbounds nuw %struct.Point, ptr %49, i32 0, i32 0
  %51 = load i32, ptr %50, align 8
  %52 = getelementptr inbounds nuw %struct.Rect, ptr %8, i32 0, i32 0
  %53 = getelementptr inbounds nuw %struct.Point, ptr %52, i32 0, i32 1
  %54 = load i32, ptr %53, align 4
  %55 = getelementptr inbounds nuw %struct.Rect, ptr %8, i32 0, i32 1
  %56 = getelementptr inbounds nuw %struct.Point, ptr %55, i32 0, i32 0
  %57 = load i32, ptr %56, align 8
  %58 = getelementptr inbounds nuw %struct.Rect, ptr %8, i32 0, i32 1
  %59 = getelementptr inbounds nuw %struct.Point, ptr %58, i32 0, i32 1
  %60 = load i32, ptr %59, align 4
  %61 = getelementptr inbounds nuw %struct.Rect, ptr %8, i32 0, i32 2
  %62 = load ptr, ptr %61, align 8
  %63 = call i32 @area(ptr noundef byval(%struct.Rect) align 8 %8)
  %64 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %51, i32 noundef %54, i32 noundef %57, i32 noundef %60, ptr noundef %62, i32 noundef %63)
  call void @llvm.memset.p0.i64(ptr align 8 %9, i8 0, i64 40, i1 false)
  %65 = getelementptr inbounds { i32, [4 x i8], double, [8 x i8], [4 x i32] }, ptr %9, i32 0, i32 2
  store double 2.500000e+00, ptr %65, align 8
  %66 = getelementptr inbounds { i32, [4 x i8], double, [8 x i8], [4 x i32] }, ptr %9, i32 0, i32 3
  %67 = getelementptr inbounds [8 x i8], ptr %66, i32 0, i32 0
  store i8 116, ptr %67, align 8
  %68 = getelementptr inbounds [8 x i8], ptr %66, i32 0, i32 1
  store i8 103, ptr %68, align 1
  %69 = getelementptr inbounds { i32, [4 x i8], double, [8 x i8], [4 x i32] }, ptr %9, i32 0, i32 4
  %70 = getelementptr inbounds [4 x i32], ptr %69, i32 0, i32 1
  store i32 5, ptr %70, align 4
  %71 = getelementptr inbounds [4 x i32], ptr %69, i32 0, i32 3
  store i32 9, ptr %71, align 4
  %72 = getelementptr inbounds nuw %struct.Conf, ptr %9, i32 0, i32 0
  %73 = load i32, ptr %72, align 8
  %74 = getelementptr inbounds nuw %struct.Conf, ptr %9, i32 0, i32 1
  %75 = load double, ptr %74, align 8
  %76 = getelementptr inbounds nuw %struct.Conf, ptr %9, i32 0, i32 2
  %77 = getelementptr inbounds [8 x i8], ptr %76, i64 0, i64 0
  %78 = getelementptr inbounds nuw %struct.Conf, ptr %9, i32 0, i32 3
  %79 = getelementptr inbounds [4 x i32], ptr %78, i64 0, i64 0
  %80 = load i32, ptr %79, align 8
  %81 = getelementptr inbounds nuw %struct.Conf, ptr %9, i32 0, i32 3
  %82 = getelementptr inbounds [4 x i32], ptr %81, i64 0, i64 1
  %83 = load i32, ptr %82, align 4
  %84 = getelementptr inbounds nuw %struct.Conf, ptr %9, i32 0, i32 3
  %85 = getelementptr inbounds [4 x i32], ptr %84, i64 0, i64 2
  %86 = load i32, ptr %85, align 8
  %87 = getelementptr inbounds nuw %struct.Conf, ptr %9, i32 0, i32 3
  %88 = getelementptr inbounds [4 x i32], ptr %87, i64 0, i64 3
  %89 = load i32, ptr %88, align 4
  %90 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %73, double noundef %75, ptr noundef %77, i32 noundef %80, i32 noundef %83, i32 noundef %86, i32 noundef %89)
  call void @llvm.memset.p0.i64(ptr align 16 %10, i8 0, i64 40, i1 false)
  %91 = getelementptr inbounds [10 x i32], ptr %10, i32 0, i32 0
  store i32 1, ptr %91, align 16
  %92 = getelementptr inbounds [10 x i32], ptr %10, i32 0, i32 5
  store i32 50, ptr %92, align 4
  %93 = getelementptr inbounds [10 x i32], ptr %10, i32 0, i32 6
  store i32 60, ptr %93, align 8
  %94 = getelementptr inbounds [10 x i32], ptr %10, i32 0, i32 9
  store i32 99, ptr %94, align 4
  store i32 0, ptr %11, align 4
  br label %95

95:                                               ; preds = %104, %0
  %96 = load i32, ptr %11, align 4
  %97 = icmp slt i32 %96, 10
  br i1 %97, label %98, label %107

98:                                               ; preds = %95
  %99 = load i32, ptr %11, align 4
  %100 = sext i32 %99 to i64
  %101 = getelementptr inbounds [10 x i32], ptr %10, i64 0, i64 %100
  %102 = load i32, ptr %101, align 4
  %103 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %102)
  br label %104

104:                                              ; preds = %98
  %105 = load i32, ptr %11, align 4
  %106 = add nsw i32 %105, 1
  store i32 %106, ptr %11, align 4
  br label %95, !llvm.loop !6

107:                                              ; preds = %95
  %108 = call i32 (ptr, ...) @printf(ptr noundef @.str.8)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %13, ptr align 4 @constinit.9, i64 24, i1 false)
  %109 = getelementptr inbounds [3 x %struct.Point], ptr %13, i64 0, i64 0
  store ptr %109, ptr %12, align 8
  store i32 0, ptr %14, align 4
  store i32 0, ptr %15, align 4
  br label %110

110:                                              ; preds = %129, %107
  %111 = load i32, ptr %15, align 4
  %112 = icmp slt i32 %111, 3
  br i1 %112, label %113, label %132

113:                                              ; preds = %110
  %114 = load ptr, ptr %12, align 8
  %115 = load i32, ptr %15, align 4
  %116 = sext i32 %115 to i64
  %117 = getelementptr inbounds %struct.Point, ptr %114, i64 %116
  %118 = getelementptr inbounds nuw %struct.Point, ptr %117, i32 0, i32 0
  %119 = load i32, ptr %118, align 4
  %120 = load ptr, ptr %12, align 8
  %121 = load i32, ptr %15, align 4
  %122 = sext i32 %121 to i64
  %123 = getelementptr inbounds %struct.Point, ptr %120, i64 %122
  %124 = getelementptr inbounds nuw %struct.Point, ptr %123, i32 0, i32 1
  %125 = load i32, ptr %124, align 4
  %126 = mul nsw i32 %119, %125
  %127 = load i32, ptr %14, align 4
  %128 = add nsw i32 %127, %126
  store i32 %128, ptr %14, align 4
  br label %129

129:                                              ; preds = %113
  %130 = load i32, ptr %15, align 4
  %131 = add nsw i32 %130, 1
  store i32 %131, ptr %15, align 4
  br label %110, !llvm.loop !8

132:                                              ; preds = %110
  %133 = load i32, ptr %14, align 4
  %134 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %133)
  store i32 0, ptr %16, align 4
  br label %135

135:                                              ; preds = %152, %132
  %136 = load i32, ptr %16, align 4
  %137 = icmp slt i32 %136, 3
  br i1 %137, label %138, label %155

138:                                              ; preds = %135
  %139 = getelementptr inbounds nuw %struct.Point, ptr %17, i32 0, i32 0
  %140 = load i32, ptr %16, align 4
  store i32 %140, ptr %139, align 4
  %141 = getelementptr inbounds nuw %struct.Point, ptr %17, i32 0, i32 1
  %142 = load i32, ptr %16, align 4
  %143 = mul nsw i32 %142, 2
  store i32 %143, ptr %141, align 4
  %144 = getelementptr inbounds nuw %struct.Point, ptr %17, i32 0, i32 0
  %145 = load i32, ptr %144, align 4
  %146 = add nsw i32 %145, 100
  store i32 %146, ptr %144, align 4
  %147 = getelementptr inbounds nuw %struct.Point, ptr %17, i32 0, i32 0
  %148 = load i32, ptr %147, align 4
  %149 = getelementptr inbounds nuw %struct.Point, ptr %17, i32 0, i32 1
  %150 = load i32, ptr %149, align 4
  %151 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %148, i32 noundef %150)
  br label %152

152:                                              ; preds = %138
  %153 = load i32, ptr %16, align 4
  %154 = add nsw i32 %153, 1
  store i32 %154, ptr %16, align 4
  br label %135, !llvm.loop !9

155:                                              ; preds = %135
  store i8 111, ptr %19, align 1
  %156 = getelementptr inbounds i8, ptr %19, i64 1
  store i8 107, ptr %156, align 1
  %157 = getelementptr inbounds i8, ptr %19, i64 2
  store i8 0, ptr %157, align 1
  %158 = getelementptr inbounds [3 x i8], ptr %19, i64 0, i64 0
  store ptr %158, ptr %18, align 8
  %159 = load ptr, ptr %18, align 8
  %160 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, ptr noundef %159)
  store double 5.000000e-01, ptr %21, align 8
  %161 = getelementptr inbounds double, ptr %21, i64 1
  store double 1.500000e+00, ptr %161, align 8
  %162 = getelementptr inbounds double, ptr %21, i64 2
  %163 = getelementptr inbounds double, ptr %21, i64 3
  br label %164

164:                                              ; preds = %164, %155
  %165 = phi ptr [ %162, %155 ], [ %166, %164 ]
  store double 0.000000e+00, ptr %165, align 8
  %166 = getelementptr inbounds double, ptr %165, i64 1
  %167 = icmp eq ptr %166, %163
  br i1 %167, label %168, label %164

168:                                              ; preds = %164
  %169 = getelementptr inbounds [3 x double], ptr %21, i64 0, i64 0
  store ptr %169, ptr %20, align 8
  %170 = load ptr, ptr %20, align 8
  %171 = getelementptr inbounds double, ptr %170, i64 0
  %172 = load double, ptr %171, align 8
  %173 = load ptr, ptr %20, align 8
  %174 = getelementptr inbounds double, ptr %173, i64 1
  %175 = load double, ptr %174, align 8
  %176 = load ptr, ptr %20, align 8
  %177 = getelementptr inbounds double, ptr %176, i64 2
  %178 = load double, ptr %177, align 8
  %179 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, double noundef %172, double noundef %175, double noundef %178)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @area(ptr noundef byval(%struct.Rect) align 8 %0) #0 {
  %2 = getelementptr inbounds nuw %struct.Rect, ptr %0, i32 0, i32 1
  %3 = getelementptr inbounds nuw %struct.Point, ptr %2, i32 0, i32 0
  %4 = load i32, ptr %3, align 8
  %5 = getelementptr inbounds nuw %struct.Rect, ptr %0, i32 0, i32 0
  %6 = getelementptr inbounds nuw %struct.Point, ptr %5, i32 0, i32 0
  %7 = load i32, ptr %6, align 8
  %8 = sub nsw i32 %4, %7
  %9 = getelementptr inbounds nuw %struct.Rect, ptr %0, i32 0, i32 1
  %10 = getelementptr inbounds nuw %struct.Point, ptr %9, i32 0, i32 1
  %11 = load i32, ptr %10, align 4
  %12 = getelementptr inbounds nuw %struct.Rect, ptr %0, i32 0, i32 0
  %13 = getelementptr inbounds nuw %struct.Point, ptr %12, i32 0, i32 1
  %14 = load i32, ptr %13, align 4
  %15 = sub nsw i32 %11, %14
  %16 = mul nsw i32 %8, %15
  ret i32 %16
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @sum(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %19, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %22

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds i32, ptr %12, i64 %14
  %16 = load i32, ptr %15, align 4
  %17 = load i32, ptr %5, align 4
  %18 = add nsw i32 %17, %16
  store i32 %18, ptr %5, align 4
  br label %19

19:                                               ; preds = %11
  %20 = load i32, ptr %6, align 4
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %6, align 4
  br label %7, !llvm.loop !10

22:                                               ; preds = %7
  %23 = load i32, ptr %5, align 4
  ret i32 %23
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @midpoint(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca %struct.Point, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  %6 = getelementptr inbounds nuw %struct.Point, ptr %3, i32 0, i32 0
  %7 = load ptr, ptr %4, align 8
  %8 = getelementptr inbounds nuw %struct.Point, ptr %7, i32 0, i32 0
  %9 = load i32, ptr %8, align 4
  %10 = load ptr, ptr %5, align 8
  %11 = getelementptr inbounds nuw %struct.Point, ptr %10, i32 0, i32 0
  %12 = load i32, ptr %11, align 4
  %13 = add nsw i32 %9, %12
  %14 = sdiv i32 %13, 2
  store i32 %14, ptr %6, align 4
  %15 = getelementptr inbounds nuw %struct.Point, ptr %3, i32 0, i32 1
  %16 = load ptr, ptr %4, align 8
  %17 = getelementptr inbounds nuw %struct.Point, ptr %16, i32 0, i32 1
  %18 = load i32, ptr %17, align 4
  %19 = load ptr, ptr %5, align 8
  %20 = getelementptr inbounds nuw %struct.Point, ptr %19, i32 0, i32 1
  %21 = load i32, ptr %20, align 4
  %22 = add nsw i32 %18, %21
  %23 = sdiv i32 %22, 2
  store i32 %23, ptr %15, align 4
  %24 = load i64, ptr %3, align 4
  ret i64 %24
}

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
