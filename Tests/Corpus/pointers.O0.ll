; ModuleID = 'pointers.c'
source_filename = "pointers.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [27 x i8] c"sum all: %d, sum 3..7: %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"diff: %td %td\0A\00", align 1
@.str.2 = private unnamed_addr constant [18 x i8] c"cmp: %d %d %d %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"%d \00", align 1
@.str.4 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.5 = private unnamed_addr constant [13 x i8] c"pointer walk\00", align 1
@.str.6 = private unnamed_addr constant [18 x i8] c"found at %td: %s\0A\00", align 1
@.str.7 = private unnamed_addr constant [15 x i8] c"not found: %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [25 x i8] c"buf: %d %d %d %d end=%d\0A\00", align 1
@__const.main.big = private unnamed_addr constant [3 x i64] [i64 1, i64 2, i64 3], align 16
@.str.9 = private unnamed_addr constant [17 x i8] c"byte step: %lld\0A\00", align 1
@.str.10 = private unnamed_addr constant [14 x i8] c"pp: %d %d %d\0A\00", align 1
@.str.11 = private unnamed_addr constant [6 x i8] c"x=%d\0A\00", align 1
@.str.12 = private unnamed_addr constant [16 x i8] c"off=%td neg=%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [10 x i32], align 16
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca [4 x i32], align 16
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca [3 x i64], align 16
  %13 = alloca ptr, align 8
  %14 = alloca ptr, align 8
  %15 = alloca [3 x ptr], align 16
  %16 = alloca ptr, align 8
  %17 = alloca i32, align 4
  %18 = alloca ptr, align 8
  %19 = alloca ptr, align 8
  %20 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  store i32 0, ptr %3, align 4
  br label %21

21:                                               ; preds = %31, %0
  %22 = load i32, ptr %3, align 4
  %23 = icmp slt i32 %22, 10
  br i1 %23, label %24, label %34

24:                                               ; preds = %21
  %25 = load i32, ptr %3, align 4
  %26 = load i32, ptr %3, align 4
  %27 = mul nsw i32 %25, %26
  %28 = load i32, ptr %3, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [10 x i32], ptr %2, i64 0, i64 %29
  store i32 %27, ptr %30, align 4
  br label %31

31:                                               ; preds = %24
  %32 = load i32, ptr %3, align 4
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %3, align 4
  br label %21, !llvm.loop !6

34:                                               ; preds = %21
  %35 = getelementptr inbounds [10 x i32], ptr %2, i64 0, i64 0
  %36 = getelementptr inbounds [10 x i32], ptr %2, i64 0, i64 0
  %37 = getelementptr inbounds i32, ptr %36, i64 10
  %38 = call i32 @sum_range(ptr noundef %35, ptr noundef %37)
  %39 = getelementptr inbounds [10 x i32], ptr %2, i64 0, i64 3
  %40 = getelementptr inbounds [10 x i32], ptr %2, i64 0, i64 7
  %41 = call i32 @sum_range(ptr noundef %39, ptr noundef %40)
  %42 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %38, i32 noundef %41)
  %43 = getelementptr inbounds [10 x i32], ptr %2, i64 0, i64 0
  %44 = getelementptr inbounds i32, ptr %43, i64 2
  store ptr %44, ptr %4, align 8
  %45 = getelementptr inbounds [10 x i32], ptr %2, i64 0, i64 9
  store ptr %45, ptr %5, align 8
  %46 = load ptr, ptr %5, align 8
  %47 = load ptr, ptr %4, align 8
  %48 = ptrtoint ptr %46 to i64
  %49 = ptrtoint ptr %47 to i64
  %50 = sub i64 %48, %49
  %51 = sdiv exact i64 %50, 4
  %52 = load ptr, ptr %4, align 8
  %53 = load ptr, ptr %5, align 8
  %54 = ptrtoint ptr %52 to i64
  %55 = ptrtoint ptr %53 to i64
  %56 = sub i64 %54, %55
  %57 = sdiv exact i64 %56, 4
  %58 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %51, i64 noundef %57)
  %59 = load ptr, ptr %4, align 8
  %60 = load ptr, ptr %5, align 8
  %61 = icmp ult ptr %59, %60
  %62 = zext i1 %61 to i32
  %63 = load ptr, ptr %4, align 8
  %64 = load ptr, ptr %5, align 8
  %65 = icmp ugt ptr %63, %64
  %66 = zext i1 %65 to i32
  %67 = load ptr, ptr %4, align 8
  %68 = getelementptr inbounds [10 x i32], ptr %2, i64 0, i64 0
  %69 = getelementptr inbounds i32, ptr %68, i64 2
  %70 = icmp eq ptr %67, %69
  %71 = zext i1 %70 to i32
  %72 = load ptr, ptr %4, align 8
  %73 = load ptr, ptr %5, align 8
  %74 = icmp ne ptr %72, %73
  %75 = zext i1 %74 to i32
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %62, i32 noundef %66, i32 noundef %71, i32 noundef %75)
  %77 = getelementptr inbounds [10 x i32], ptr %2, i64 0, i64 0
  call void @reverse(ptr noundef %77, i64 noundef 10)
  store i32 0, ptr %6, align 4
  br label %78

78:                                               ; preds = %87, %34
  %79 = load i32, ptr %6, align 4
  %80 = icmp slt i32 %79, 10
  br i1 %80, label %81, label %90

81:                                               ; preds = %78
  %82 = load i32, ptr %6, align 4
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds [10 x i32], ptr %2, i64 0, i64 %83
  %85 = load i32, ptr %84, align 4
  %86 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %85)
  br label %87

87:                                               ; preds = %81
  %88 = load i32, ptr %6, align 4
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %6, align 4
  br label %78, !llvm.loop !8

90:                                               ; preds = %78
  %91 = call i32 (ptr, ...) @printf(ptr noundef @.str.4)
  store ptr @.str.5, ptr %7, align 8
  %92 = load ptr, ptr %7, align 8
  %93 = call ptr @find_char(ptr noundef %92, i8 noundef signext 119)
  store ptr %93, ptr %8, align 8
  %94 = load ptr, ptr %8, align 8
  %95 = load ptr, ptr %7, align 8
  %96 = ptrtoint ptr %94 to i64
  %97 = ptrtoint ptr %95 to i64
  %98 = sub i64 %96, %97
  %99 = load ptr, ptr %8, align 8
  %100 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %98, ptr noundef %99)
  %101 = load ptr, ptr %7, align 8
  %102 = call ptr @find_char(ptr noundef %101, i8 noundef signext 122)
  %103 = icmp eq ptr %102, null
  %104 = zext i1 %103 to i32
  %105 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %104)
  call void @llvm.memset.p0.i64(ptr align 16 %9, i8 0, i64 16, i1 false)
  %106 = getelementptr inbounds [4 x i32], ptr %9, i64 0, i64 0
  store ptr %106, ptr %10, align 8
  store i32 1, ptr %11, align 4
  br label %107

107:                                              ; preds = %113, %90
  %108 = load i32, ptr %11, align 4
  %109 = icmp sle i32 %108, 4
  br i1 %109, label %110, label %116

110:                                              ; preds = %107
  %111 = load i32, ptr %11, align 4
  %112 = mul nsw i32 %111, 11
  call void @set_via(ptr noundef %10, i32 noundef %112)
  br label %113

113:                                              ; preds = %110
  %114 = load i32, ptr %11, align 4
  %115 = add nsw i32 %114, 1
  store i32 %115, ptr %11, align 4
  br label %107, !llvm.loop !9

116:                                              ; preds = %107
  %117 = getelementptr inbounds [4 x i32], ptr %9, i64 0, i64 0
  %118 = load i32, ptr %117, align 16
  %119 = getelementptr inbounds [4 x i32], ptr %9, i64 0, i64 1
  %120 = load i32, ptr %119, align 4
  %121 = getelementptr inbounds [4 x i32], ptr %9, i64 0, i64 2
  %122 = load i32, ptr %121, align 8
  %123 = getelementptr inbounds [4 x i32], ptr %9, i64 0, i64 3
  %124 = load i32, ptr %123, align 4
  %125 = load ptr, ptr %10, align 8
  %126 = getelementptr inbounds [4 x i32], ptr %9, i64 0, i64 0
  %127 = getelementptr inbounds i32, ptr %126, i64 4
  %128 = icmp eq ptr %125, %127
  %129 = zext i1 %128 to i32
  %130 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %118, i32 noundef %120, i32 noundef %122, i32 noundef %124, i32 noundef %129)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %12, ptr align 16 @__const.main.big, i64 24, i1 false)
  %131 = getelementptr inbounds [3 x i64], ptr %12, i64 0, i64 0
  store ptr %131, ptr %13, align 8
  %132 = load ptr, ptr %13, align 8
  %133 = getelementptr inbounds nuw i8, ptr %132, i64 8
  store ptr %133, ptr %14, align 8
  %134 = load ptr, ptr %14, align 8
  %135 = load i64, ptr %134, align 8
  %136 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i64 noundef %135)
  %137 = getelementptr inbounds [10 x i32], ptr %2, i64 0, i64 0
  store ptr %137, ptr %15, align 8
  %138 = getelementptr inbounds ptr, ptr %15, i64 1
  %139 = getelementptr inbounds [10 x i32], ptr %2, i64 0, i64 5
  store ptr %139, ptr %138, align 8
  %140 = getelementptr inbounds ptr, ptr %15, i64 2
  %141 = getelementptr inbounds [10 x i32], ptr %2, i64 0, i64 9
  store ptr %141, ptr %140, align 8
  %142 = getelementptr inbounds [3 x ptr], ptr %15, i64 0, i64 0
  store ptr %142, ptr %16, align 8
  %143 = load ptr, ptr %16, align 8
  %144 = load ptr, ptr %143, align 8
  %145 = load i32, ptr %144, align 4
  %146 = load ptr, ptr %16, align 8
  %147 = getelementptr inbounds ptr, ptr %146, i64 1
  %148 = load ptr, ptr %147, align 8
  %149 = load i32, ptr %148, align 4
  %150 = load ptr, ptr %16, align 8
  %151 = getelementptr inbounds ptr, ptr %150, i64 2
  %152 = load ptr, ptr %151, align 8
  %153 = load i32, ptr %152, align 4
  %154 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %145, i32 noundef %149, i32 noundef %153)
  store i32 5, ptr %17, align 4
  store ptr %17, ptr %18, align 8
  store ptr %18, ptr %19, align 8
  %155 = load ptr, ptr %19, align 8
  %156 = load ptr, ptr %155, align 8
  %157 = load i32, ptr %156, align 4
  %158 = add nsw i32 %157, 10
  store i32 %158, ptr %156, align 4
  %159 = load i32, ptr %17, align 4
  %160 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %159)
  %161 = getelementptr inbounds [10 x i32], ptr %2, i64 0, i64 8
  %162 = getelementptr inbounds [10 x i32], ptr %2, i64 0, i64 1
  %163 = ptrtoint ptr %161 to i64
  %164 = ptrtoint ptr %162 to i64
  %165 = sub i64 %163, %164
  %166 = sdiv exact i64 %165, 4
  store i64 %166, ptr %20, align 8
  %167 = load i64, ptr %20, align 8
  %168 = getelementptr inbounds [10 x i32], ptr %2, i64 0, i64 0
  %169 = load i64, ptr %20, align 8
  %170 = getelementptr inbounds i32, ptr %168, i64 %169
  %171 = getelementptr inbounds i32, ptr %170, i64 -2
  %172 = load i32, ptr %171, align 4
  %173 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i64 noundef %167, i32 noundef %172)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @sum_range(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %6

6:                                                ; preds = %10, %2
  %7 = load ptr, ptr %3, align 8
  %8 = load ptr, ptr %4, align 8
  %9 = icmp ult ptr %7, %8
  br i1 %9, label %10, label %16

10:                                               ; preds = %6
  %11 = load ptr, ptr %3, align 8
  %12 = getelementptr inbounds nuw i32, ptr %11, i32 1
  store ptr %12, ptr %3, align 8
  %13 = load i32, ptr %11, align 4
  %14 = load i32, ptr %5, align 4
  %15 = add nsw i32 %14, %13
  store i32 %15, ptr %5, align 4
  br label %6, !llvm.loop !10

16:                                               ; preds = %6
  %17 = load i32, ptr %5, align 4
  ret i32 %17
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @reverse(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %6 = load ptr, ptr %3, align 8
  %7 = load i64, ptr %4, align 8
  %8 = getelementptr inbounds nuw i32, ptr %6, i64 %7
  %9 = getelementptr inbounds i32, ptr %8, i64 -1
  store ptr %9, ptr %5, align 8
  br label %10

10:                                               ; preds = %14, %2
  %11 = load ptr, ptr %3, align 8
  %12 = load ptr, ptr %5, align 8
  %13 = icmp ult ptr %11, %12
  br i1 %13, label %14, label %19

14:                                               ; preds = %10
  %15 = load ptr, ptr %3, align 8
  %16 = getelementptr inbounds nuw i32, ptr %15, i32 1
  store ptr %16, ptr %3, align 8
  %17 = load ptr, ptr %5, align 8
  %18 = getelementptr inbounds i32, ptr %17, i32 -1
  store ptr %18, ptr %5, align 8
  call void @swap(ptr noundef %15, ptr noundef %17)
  br label %10, !llvm.loop !11

19:                                               ; preds = %10
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @find_char(ptr noundef %0, i8 noundef signext %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i8, align 1
  store ptr %0, ptr %4, align 8
  store i8 %1, ptr %5, align 1
  br label %6

6:                                                ; preds = %20, %2
  %7 = load ptr, ptr %4, align 8
  %8 = load i8, ptr %7, align 1
  %9 = icmp ne i8 %8, 0
  br i1 %9, label %10, label %23

10:                                               ; preds = %6
  %11 = load ptr, ptr %4, align 8
  %12 = load i8, ptr %11, align 1
  %13 = sext i8 %12 to i32
  %14 = load i8, ptr %5, align 1
  %15 = sext i8 %14 to i32
  %16 = icmp eq i32 %13, %15
  br i1 %16, label %17, label %19

17:                                               ; preds = %10
  %18 = load ptr, ptr %4, align 8
  store ptr %18, ptr %3, align 8
  br label %24

19:                                               ; preds = %10
  br label %20

20:                                               ; preds = %19
  %21 = load ptr, ptr %4, align 8
  %22 = getelementptr inbounds nuw i8, ptr %21, i32 1
  store ptr %22, ptr %4, align 8
  br label %6, !llvm.loop !12

23:                                               ; preds = %6
  store ptr null, ptr %3, align 8
  br label %24

24:                                               ; preds = %23, %17
  %25 = load ptr, ptr %3, align 8
  ret ptr %25
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @set_via(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = load ptr, ptr %3, align 8
  %7 = load ptr, ptr %6, align 8
  store i32 %5, ptr %7, align 4
  %8 = load ptr, ptr %3, align 8
  %9 = load ptr, ptr %8, align 8
  %10 = getelementptr inbounds i32, ptr %9, i64 1
  store ptr %10, ptr %8, align 8
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal void @swap(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %6 = load ptr, ptr %3, align 8
  %7 = load i32, ptr %6, align 4
  store i32 %7, ptr %5, align 4
  %8 = load ptr, ptr %4, align 8
  %9 = load i32, ptr %8, align 4
  %10 = load ptr, ptr %3, align 8
  store i32 %9, ptr %10, align 4
  %11 = load i32, ptr %5, align 4
  %12 = load ptr, ptr %4, align 8
  store i32 %11, ptr %12, align 4
  ret void
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
