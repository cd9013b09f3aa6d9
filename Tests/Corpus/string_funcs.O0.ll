; ModuleID = 'string_funcs.c'
source_filename = "string_funcs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.anon = type { i32, double, [4 x i8] }

@.str = private unnamed_addr constant [19 x i8] c"memset: %s len=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"abc\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"def\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"ghi\00", align 1
@.str.4 = private unnamed_addr constant [19 x i8] c"strcat: %s len=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [17 x i8] c"memmove fwd: %s\0A\00", align 1
@.str.6 = private unnamed_addr constant [18 x i8] c"memmove back: %s\0A\00", align 1
@.str.7 = private unnamed_addr constant [12 x i8] c"truncate me\00", align 1
@.str.8 = private unnamed_addr constant [13 x i8] c"strncpy: %s\0A\00", align 1
@.str.9 = private unnamed_addr constant [6 x i8] c"apple\00", align 1
@.str.10 = private unnamed_addr constant [7 x i8] c"apples\00", align 1
@.str.11 = private unnamed_addr constant [2 x i8] c"b\00", align 1
@.str.12 = private unnamed_addr constant [2 x i8] c"a\00", align 1
@.str.13 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.14 = private unnamed_addr constant [2 x i8] c"x\00", align 1
@.str.15 = private unnamed_addr constant [6 x i8] c"Zebra\00", align 1
@__const.main.pairs = private unnamed_addr constant [5 x [2 x ptr]] [[2 x ptr] [ptr @.str.9, ptr @.str.9], [2 x ptr] [ptr @.str.9, ptr @.str.10], [2 x ptr] [ptr @.str.11, ptr @.str.12], [2 x ptr] [ptr @.str.13, ptr @.str.14], [2 x ptr] [ptr @.str.15, ptr @.str.9]], align 16
@.str.16 = private unnamed_addr constant [18 x i8] c"strcmp(%s,%s)=%d\0A\00", align 1
@__const.main.m1 = private unnamed_addr constant [5 x i8] c"\01\02\03\04\05", align 1
@__const.main.m2 = private unnamed_addr constant [5 x i8] c"\01\02\03\04\C8", align 1
@.str.17 = private unnamed_addr constant [18 x i8] c"memcmp: %d %d %d\0A\00", align 1
@__const.main.src = private unnamed_addr constant [6 x i32] [i32 10, i32 20, i32 30, i32 40, i32 50, i32 60], align 16
@.str.18 = private unnamed_addr constant [4 x i8] c"%d \00", align 1
@.str.19 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.20 = private unnamed_addr constant [3 x i8] c"ab\00", align 1
@.str.21 = private unnamed_addr constant [2 x i8] c"+\00", align 1
@.str.22 = private unnamed_addr constant [2 x i8] c"-\00", align 1
@.str.23 = private unnamed_addr constant [15 x i8] c"heap: %s (%d)\0A\00", align 1
@.str.24 = private unnamed_addr constant [18 x i8] c"calloc zeros: %d\0A\00", align 1
@__const.main.s1 = private unnamed_addr constant { i32, [4 x i8], double, [4 x i8], [4 x i8] } { i32 1, [4 x i8] zeroinitializer, double 2.000000e+00, [4 x i8] c"xy\00\00", [4 x i8] zeroinitializer }, align 8
@.str.25 = private unnamed_addr constant [23 x i8] c"struct copy: %d %g %s\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [64 x i8], align 16
  %3 = alloca [8 x i8], align 1
  %4 = alloca [5 x [2 x ptr]], align 16
  %5 = alloca i32, align 4
  %6 = alloca [5 x i8], align 1
  %7 = alloca [5 x i8], align 1
  %8 = alloca [6 x i32], align 16
  %9 = alloca [6 x i32], align 16
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  %12 = alloca i32, align 4
  %13 = alloca ptr, align 8
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca %struct.anon, align 8
  %17 = alloca %struct.anon, align 8
  store i32 0, ptr %1, align 4
  %18 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %18, i8 120, i64 64, i1 false)
  %19 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 10
  store i8 0, ptr %19, align 2
  %20 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 0
  %21 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 0
  %22 = call i64 @strlen(ptr noundef %21) #8
  %23 = trunc i64 %22 to i32
  %24 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef %20, i32 noundef %23)
  %25 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 0
  %26 = call ptr @strcpy(ptr noundef %25, ptr noundef @.str.1) #9
  %27 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 0
  %28 = call ptr @strcat(ptr noundef %27, ptr noundef @.str.2) #9
  %29 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 0
  %30 = call ptr @strcat(ptr noundef %29, ptr noundef @.str.3) #9
  %31 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 0
  %32 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 0
  %33 = call i64 @strlen(ptr noundef %32) #8
  %34 = trunc i64 %33 to i32
  %35 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, ptr noundef %31, i32 noundef %34)
  %36 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 0
  %37 = getelementptr inbounds i8, ptr %36, i64 2
  %38 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 0
  call void @llvm.memmove.p0.p0.i64(ptr align 1 %37, ptr align 16 %38, i64 7, i1 false)
  %39 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 9
  store i8 0, ptr %39, align 1
  %40 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 0
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, ptr noundef %40)
  %42 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 0
  %43 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 0
  %44 = getelementptr inbounds i8, ptr %43, i64 3
  call void @llvm.memmove.p0.p0.i64(ptr align 16 %42, ptr align 1 %44, i64 6, i1 false)
  %45 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 0
  %46 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, ptr noundef %45)
  %47 = getelementptr inbounds [8 x i8], ptr %3, i64 0, i64 0
  %48 = call ptr @strncpy(ptr noundef %47, ptr noundef @.str.7, i64 noundef 7) #9
  %49 = getelementptr inbounds [8 x i8], ptr %3, i64 0, i64 7
  store i8 0, ptr %49, align 1
  %50 = getelementptr inbounds [8 x i8], ptr %3, i64 0, i64 0
  %51 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, ptr noundef %50)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %4, ptr align 16 @__const.main.pairs, i64 80, i1 false)
  store i32 0, ptr %5, align 4
  br label %52

52:                                               ; preds = %79, %0
  %53 = load i32, ptr %5, align 4
  %54 = icmp slt i32 %53, 5
  br i1 %54, label %55, label %82

55:                                               ; preds = %52
  %56 = load i32, ptr %5, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [5 x [2 x ptr]], ptr %4, i64 0, i64 %57
  %59 = getelementptr inbounds [2 x ptr], ptr %58, i64 0, i64 0
  %60 = load ptr, ptr %59, align 16
  %61 = load i32, ptr %5, align 4
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [5 x [2 x ptr]], ptr %4, i64 0, i64 %62
  %64 = getelementptr inbounds [2 x ptr], ptr %63, i64 0, i64 1
  %65 = load ptr, ptr %64, align 8
  %66 = load i32, ptr %5, align 4
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds [5 x [2 x ptr]], ptr %4, i64 0, i64 %67
  %69 = getelementptr inbounds [2 x ptr], ptr %68, i64 0, i64 0
  %70 = load ptr, ptr %69, align 16
  %71 = load i32, ptr %5, align 4
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds [5 x [2 x ptr]], ptr %4, i64 0, i64 %72
  %74 = getelementptr inbounds [2 x ptr], ptr %73, i64 0, i64 1
  %75 = load ptr, ptr %74, align 8
  %76 = call i32 @strcmp(ptr noundef %70, ptr noundef %75) #8
  %77 = call i32 @sign(i32 noundef %76)
  %78 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, ptr noundef %60, ptr noundef %65, i32 noundef %77)
  br label %79

79:                                               ; preds = %55
  %80 = load i32, ptr %5, align 4
  %81 = add nsw i32 %80, 1
  store i32 %81, ptr %5, align 4
  br label %52, !llvm.loop !6

82:                                               ; preds = %52
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %6, ptr align 1 @__const.main.m1, i64 5, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %7, ptr align 1 @__const.main.m2, i64 5, i1 false)
  %83 = getelementptr inbounds [5 x i8], ptr %6, i64 0, i64 0
  %84 = getelementptr inbounds [5 x i8], ptr %7, i64 0, i64 0
  %85 = call i32 @memcmp(ptr noundef %83, ptr noundef %84, i64 noundef 4) #8
  %86 = call i32 @sign(i32 noundef %85)
  %87 = getelementptr inbounds [5 x i8], ptr %6, i64 0, i64 0
  %88 = getelementptr inbounds [5 x i8], ptr %7, i64 0, i64 0
  %89 = call i32 @memcmp(ptr noundef %87, ptr noundef %88, i64 noundef 5) #8
  %90 = call i32 @sign(i32 noundef %89)
  %91 = getelementptr inbounds [5 x i8], ptr %7, i64 0, i64 0
  %92 = getelementptr inbounds [5 x i8], ptr %6, i64 0, i64 0
  %93 = call i32 @memcmp(ptr noundef %91, ptr noundef %92, i64 noundef 5) #8
  %94 = call i32 @sign(i32 noundef %93)
  %95 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, i32 noundef %86, i32 noundef %90, i32 noundef %94)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %8, ptr align 16 @__const.main.src, i64 24, i1 false)
  %96 = getelementptr inbounds [6 x i32], ptr %9, i64 0, i64 0
  %97 = getelementptr inbounds [6 x i32], ptr %8, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %96, ptr align 16 %97, i64 24, i1 false)
  %98 = getelementptr inbounds [6 x i32], ptr %9, i64 0, i64 0
  %99 = getelementptr inbounds i32, ptr %98, i64 2
  call void @llvm.memset.p0.i64(ptr align 4 %99, i8 0, i64 8, i1 false)
  store i32 0, ptr %10, align 4
  br label %100

100:                                              ; preds = %109, %82
  %101 = load i32, ptr %10, align 4
  %102 = icmp slt i32 %101, 6
  br i1 %102, label %103, label %112

103:                                              ; preds = %100
  %104 = load i32, ptr %10, align 4
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds [6 x i32], ptr %9, i64 0, i64 %105
  %107 = load i32, ptr %106, align 4
  %108 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %107)
  br label %109

109:                                              ; preds = %103
  %110 = load i32, ptr %10, align 4
  %111 = add nsw i32 %110, 1
  store i32 %111, ptr %10, align 4
  br label %100, !llvm.loop !8

112:                                              ; preds = %100
  %113 = call i32 (ptr, ...) @printf(ptr noundef @.str.19)
  %114 = call noalias ptr @malloc(i64 noundef 100) #10
  store ptr %114, ptr %11, align 8
  %115 = load ptr, ptr %11, align 8
  %116 = getelementptr inbounds i8, ptr %115, i64 0
  store i8 0, ptr %116, align 1
  store i32 0, ptr %12, align 4
  br label %117

117:                                              ; preds = %130, %112
  %118 = load i32, ptr %12, align 4
  %119 = icmp slt i32 %118, 5
  br i1 %119, label %120, label %133

120:                                              ; preds = %117
  %121 = load ptr, ptr %11, align 8
  %122 = call ptr @strcat(ptr noundef %121, ptr noundef @.str.20) #9
  %123 = load ptr, ptr %11, align 8
  %124 = load i32, ptr %12, align 4
  %125 = srem i32 %124, 2
  %126 = icmp ne i32 %125, 0
  %127 = zext i1 %126 to i64
  %128 = select i1 %126, ptr @.str.21, ptr @.str.22
  %129 = call ptr @strcat(ptr noundef %123, ptr noundef %128) #9
  br label %130

130:                                              ; preds = %120
  %131 = load i32, ptr %12, align 4
  %132 = add nsw i32 %131, 1
  store i32 %132, ptr %12, align 4
  br label %117, !llvm.loop !9

133:                                              ; preds = %117
  %134 = load ptr, ptr %11, align 8
  %135 = load ptr, ptr %11, align 8
  %136 = call i64 @strlen(ptr noundef %135) #8
  %137 = trunc i64 %136 to i32
  %138 = call i32 (ptr, ...) @printf(ptr noundef @.str.23, ptr noundef %134, i32 noundef %137)
  %139 = call noalias ptr @calloc(i64 noundef 16, i64 noundef 1) #11
  store ptr %139, ptr %13, align 8
  store i32 0, ptr %14, align 4
  store i32 0, ptr %15, align 4
  br label %140

140:                                              ; preds = %154, %133
  %141 = load i32, ptr %15, align 4
  %142 = icmp slt i32 %141, 16
  br i1 %142, label %143, label %157

143:                                              ; preds = %140
  %144 = load ptr, ptr %13, align 8
  %145 = load i32, ptr %15, align 4
  %146 = sext i32 %145 to i64
  %147 = getelementptr inbounds i8, ptr %144, i64 %146
  %148 = load i8, ptr %147, align 1
  %149 = sext i8 %148 to i32
  %150 = icmp eq i32 %149, 0
  %151 = zext i1 %150 to i32
  %152 = load i32, ptr %14, align 4
  %153 = add nsw i32 %152, %151
  store i32 %153, ptr %14, align 4
  br label %154

154:                                              ; preds = %143
  %155 = load i32, ptr %15, align 4
  %156 = add nsw i32 %155, 1
  store i32 %156, ptr %15, align 4
  br label %140, !llvm.loop !10

157:                                              ; preds = %140
  %158 = load i32, ptr %14, align 4
  %159 = call i32 (ptr, ...) @printf(ptr noundef @.str.24, i32 noundef %158)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %16, ptr align 8 @__const.main.s1, i64 24, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %17, ptr align 8 %16, i64 24, i1 false)
  %160 = getelementptr inbounds nuw %struct.anon, ptr %17, i32 0, i32 0
  %161 = load i32, ptr %160, align 8
  %162 = getelementptr inbounds nuw %struct.anon, ptr %17, i32 0, i32 1
  %163 = load double, ptr %162, align 8
  %164 = getelementptr inbounds nuw %struct.anon, ptr %17, i32 0, i32 2
  %165 = getelementptr inbounds [4 x i8], ptr %164, i64 0, i64 0
  %166 = call i32 (ptr, ...) @printf(ptr noundef @.str.25, i32 noundef %161, double noundef %163, ptr noundef %165)
  %167 = load ptr, ptr %13, align 8
  call void @free(ptr noundef %167) #9
  %168 = load ptr, ptr %11, align 8
  call void @free(ptr noundef %168) #9
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #3

; Function Attrs: nounwind
declare ptr @strcpy(ptr noundef, ptr noundef) #4

; Function Attrs: nounwind
declare ptr @strcat(ptr noundef, ptr noundef) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr writeonly captures(none), ptr readonly captures(none), i64, i1 immarg) #5

; Function Attrs: nounwind
declare ptr @strncpy(ptr noundef, ptr noundef, i64 noundef) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #5

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @sign(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = icmp sgt i32 %3, 0
  %5 = zext i1 %4 to i32
  %6 = load i32, ptr %2, align 4
  %7 = icmp slt i32 %6, 0
  %8 = zext i1 %7 to i32
  %9 = sub nsw i32 %5, %8
  ret i32 %9
}

; Function Attrs: nounwind willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #3

; Function Attrs: nounwind willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #3

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #6

; Function Attrs: nounwind allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #7

; Function Attrs: nounwind
declare void @free(ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind allocsize(0,1) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nounwind willreturn memory(read) }
attributes #9 = { nounwind }
attributes #10 = { nounwind allocsize(0) }
attributes #11 = { nounwind allocsize(0,1) }

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
