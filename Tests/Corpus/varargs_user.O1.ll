; ModuleID = 'varargs_user.c'
source_filename = "varargs_user.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.__va_list_tag = type { i32, i32, ptr, ptr }

@.str = private unnamed_addr constant [20 x i8] c"sum_ints: %d %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [20 x i8] c"sum_doubles: %g %g\0A\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"idls\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"str\00", align 1
@.str.4 = private unnamed_addr constant [12 x i8] c"ddddddddddi\00", align 1
@.str.5 = private unnamed_addr constant [10 x i8] c"iiiiiiiil\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"dii\00", align 1
@.str.7 = private unnamed_addr constant [11 x i8] c"avg: %.4f\0A\00", align 1
@.str.8 = private unnamed_addr constant [12 x i8] c"max_of: %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [6 x i8] c"i:%d \00", align 1
@.str.10 = private unnamed_addr constant [8 x i8] c"l:%lld \00", align 1
@.str.11 = private unnamed_addr constant [6 x i8] c"d:%g \00", align 1
@.str.12 = private unnamed_addr constant [6 x i8] c"s:%s \00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 (i32, ...) @sum_ints(i32 noundef 0)
  %2 = tail call i32 (i32, ...) @sum_ints(i32 noundef 3, i32 noundef 1, i32 noundef 2, i32 noundef 3)
  %3 = tail call i32 (i32, ...) @sum_ints(i32 noundef 10, i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 4, i32 noundef 5, i32 noundef 6, i32 noundef 7, i32 noundef 8, i32 noundef 9, i32 noundef 10)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %1, i32 noundef %2, i32 noundef %3)
  %5 = tail call double (i32, ...) @sum_doubles(i32 noundef 2, double noundef 5.000000e-01, double noundef 2.500000e-01)
  %6 = tail call double (i32, ...) @sum_doubles(i32 noundef 12, double noundef 1.000000e+00, double noundef 2.000000e+00, double noundef 3.000000e+00, double noundef 4.000000e+00, double noundef 5.000000e+00, double noundef 6.000000e+00, double noundef 7.000000e+00, double noundef 8.000000e+00, double noundef 9.000000e+00, double noundef 1.000000e+01, double noundef 1.100000e+01, double noundef 1.250000e+01)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef %5, double noundef %6)
  tail call void (ptr, ...) @mini_printf(ptr noundef nonnull @.str.2, i32 noundef 7, double noundef 2.500000e+00, i64 noundef 10000000000, ptr noundef nonnull @.str.3)
  tail call void (ptr, ...) @mini_printf(ptr noundef nonnull @.str.4, double noundef 1.000000e+00, double noundef 2.000000e+00, double noundef 3.000000e+00, double noundef 4.000000e+00, double noundef 5.000000e+00, double noundef 6.000000e+00, double noundef 7.000000e+00, double noundef 8.000000e+00, double noundef 9.000000e+00, double noundef 1.000000e+01, i32 noundef 11)
  tail call void (ptr, ...) @mini_printf(ptr noundef nonnull @.str.5, i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 4, i32 noundef 5, i32 noundef 6, i32 noundef 7, i32 noundef 8, i64 noundef -9)
  tail call void (ptr, ...) @mini_printf(ptr noundef nonnull @.str.6, double noundef 1.500000e+00, i32 noundef 65, i32 noundef -3)
  %8 = tail call double (i32, ...) @avg(i32 poison, double noundef 1.000000e+00, double noundef 2.000000e+00, double noundef 3.500000e+00, double noundef 4.000000e+00, double noundef 1.025000e+01)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef %8)
  %10 = tail call i32 (i32, ...) @max_of(i32 poison, i32 noundef 9, i32 noundef 4, i32 noundef 17, i32 noundef 2, i32 noundef -1)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %10)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

; Function Attrs: nofree norecurse nosync nounwind uwtable
define internal i32 @sum_ints(i32 noundef range(i32 0, 11) %0, ...) unnamed_addr #2 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #7
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = icmp eq i32 %0, 0
  br i1 %3, label %10, label %4

4:                                                ; preds = %1
  %5 = load i32, ptr %2, align 16
  %6 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %7 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %8 = load ptr, ptr %7, align 16
  %9 = load ptr, ptr %6, align 8
  br label %12

10:                                               ; preds = %24, %1
  %11 = phi i32 [ 0, %1 ], [ %29, %24 ]
  call void @llvm.va_end.p0(ptr %2)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #7
  ret i32 %11

12:                                               ; preds = %4, %24
  %13 = phi ptr [ %9, %4 ], [ %25, %24 ]
  %14 = phi i32 [ 0, %4 ], [ %30, %24 ]
  %15 = phi i32 [ 0, %4 ], [ %29, %24 ]
  %16 = phi i32 [ %5, %4 ], [ %26, %24 ]
  %17 = icmp ult i32 %16, 41
  br i1 %17, label %18, label %22

18:                                               ; preds = %12
  %19 = zext nneg i32 %16 to i64
  %20 = getelementptr i8, ptr %8, i64 %19
  %21 = add nuw nsw i32 %16, 8
  store i32 %21, ptr %2, align 16
  br label %24

22:                                               ; preds = %12
  %23 = getelementptr i8, ptr %13, i64 8
  store ptr %23, ptr %6, align 8
  br label %24

24:                                               ; preds = %22, %18
  %25 = phi ptr [ %13, %18 ], [ %23, %22 ]
  %26 = phi i32 [ %21, %18 ], [ %16, %22 ]
  %27 = phi ptr [ %20, %18 ], [ %13, %22 ]
  %28 = load i32, ptr %27, align 4, !tbaa !5
  %29 = add nsw i32 %28, %15
  %30 = add nuw nsw i32 %14, 1
  %31 = icmp eq i32 %30, %0
  br i1 %31, label %10, label %12, !llvm.loop !9
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define internal double @sum_doubles(i32 noundef range(i32 2, 13) %0, ...) unnamed_addr #2 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #7
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = getelementptr inbounds nuw i8, ptr %2, i64 4
  %4 = load i32, ptr %3, align 4
  %5 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %6 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %7 = load ptr, ptr %6, align 16
  %8 = load ptr, ptr %5, align 8
  br label %10

9:                                                ; preds = %22
  call void @llvm.va_end.p0(ptr %2)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #7
  ret double %27

10:                                               ; preds = %1, %22
  %11 = phi ptr [ %8, %1 ], [ %23, %22 ]
  %12 = phi i32 [ 0, %1 ], [ %28, %22 ]
  %13 = phi double [ 0.000000e+00, %1 ], [ %27, %22 ]
  %14 = phi i32 [ %4, %1 ], [ %24, %22 ]
  %15 = icmp ult i32 %14, 161
  br i1 %15, label %16, label %20

16:                                               ; preds = %10
  %17 = zext nneg i32 %14 to i64
  %18 = getelementptr i8, ptr %7, i64 %17
  %19 = add nuw nsw i32 %14, 16
  store i32 %19, ptr %3, align 4
  br label %22

20:                                               ; preds = %10
  %21 = getelementptr i8, ptr %11, i64 8
  store ptr %21, ptr %5, align 8
  br label %22

22:                                               ; preds = %20, %16
  %23 = phi ptr [ %11, %16 ], [ %21, %20 ]
  %24 = phi i32 [ %19, %16 ], [ %14, %20 ]
  %25 = phi ptr [ %18, %16 ], [ %11, %20 ]
  %26 = load double, ptr %25, align 8, !tbaa !12
  %27 = fadd double %13, %26
  %28 = add nuw nsw i32 %12, 1
  %29 = icmp eq i32 %28, %0
  br i1 %29, label %9, label %10, !llvm.loop !14
}

; Function Attrs: nofree nounwind uwtable
define internal void @mini_printf(ptr noundef readonly captures(none) %0, ...) unnamed_addr #0 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #7
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %4 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %5 = getelementptr inbounds nuw i8, ptr %2, i64 4
  %6 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %7 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %8 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %9 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %10 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %11 = getelementptr inbounds nuw i8, ptr %2, i64 16
  br label %12

12:                                               ; preds = %77, %1
  %13 = phi ptr [ %0, %1 ], [ %78, %77 ]
  %14 = load i8, ptr %13, align 1, !tbaa !15
  switch i8 %14, label %77 [
    i8 0, label %15
    i8 105, label %17
    i8 108, label %32
    i8 100, label %47
    i8 115, label %62
  ]

15:                                               ; preds = %12
  call void @llvm.va_end.p0(ptr %2)
  %16 = call i32 @putchar(i32 10)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #7
  ret void

17:                                               ; preds = %12
  %18 = load i32, ptr %2, align 16
  %19 = icmp ult i32 %18, 41
  br i1 %19, label %20, label %25

20:                                               ; preds = %17
  %21 = load ptr, ptr %11, align 16
  %22 = zext nneg i32 %18 to i64
  %23 = getelementptr i8, ptr %21, i64 %22
  %24 = add nuw nsw i32 %18, 8
  store i32 %24, ptr %2, align 16
  br label %28

25:                                               ; preds = %17
  %26 = load ptr, ptr %10, align 8
  %27 = getelementptr i8, ptr %26, i64 8
  store ptr %27, ptr %10, align 8
  br label %28

28:                                               ; preds = %25, %20
  %29 = phi ptr [ %23, %20 ], [ %26, %25 ]
  %30 = load i32, ptr %29, align 4, !tbaa !5
  %31 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %30)
  br label %77

32:                                               ; preds = %12
  %33 = load i32, ptr %2, align 16
  %34 = icmp ult i32 %33, 41
  br i1 %34, label %35, label %40

35:                                               ; preds = %32
  %36 = load ptr, ptr %9, align 16
  %37 = zext nneg i32 %33 to i64
  %38 = getelementptr i8, ptr %36, i64 %37
  %39 = add nuw nsw i32 %33, 8
  store i32 %39, ptr %2, align 16
  br label %43

40:                                               ; preds = %32
  %41 = load ptr, ptr %8, align 8
  %42 = getelementptr i8, ptr %41, i64 8
  store ptr %42, ptr %8, align 8
  br label %43

43:                                               ; preds = %40, %35
  %44 = phi ptr [ %38, %35 ], [ %41, %40 ]
  %45 = load i64, ptr %44, align 8, !tbaa !16
  %46 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i64 noundef %45)
  br label %77

47:                                               ; preds = %12
  %48 = load i32, ptr %5, align 4
  %49 = icmp ult i32 %48, 161
  br i1 %49, label %50, label %55

50:                                               ; preds = %47
  %51 = load ptr, ptr %7, align 16
  %52 = zext nneg i32 %48 to i64
  %53 = getelementptr i8, ptr %51, i64 %52
  %54 = add nuw nsw i32 %48, 16
  store i32 %54, ptr %5, align 4
  br label %58

55:                                               ; preds = %47
  %56 = load ptr, ptr %6, align 8
  %57 = getelementptr i8, ptr %56, i64 8
  store ptr %57, ptr %6, align 8
  br label %58

58:                                               ; preds = %55, %50
  %59 = phi ptr [ %53, %50 ], [ %56, %55 ]
  %60 = load double, ptr %59, align 8, !tbaa !12
  %61 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, double noundef %60)
  br label %77

62:                                               ; preds = %12
  %63 = load i32, ptr %2, align 16
  %64 = icmp ult i32 %63, 41
  br i1 %64, label %65, label %70

65:                                               ; preds = %62
  %66 = load ptr, ptr %4, align 16
  %67 = zext nneg i32 %63 to i64
  %68 = getelementptr i8, ptr %66, i64 %67
  %69 = add nuw nsw i32 %63, 8
  store i32 %69, ptr %2, align 16
  br label %73

70:                                               ; preds = %62
  %71 = load ptr, ptr %3, align 8
  %72 = getelementptr i8, ptr %71, i64 8
  store ptr %72, ptr %3, align 8
  br label %73

73:                                               ; preds = %70, %65
  %74 = phi ptr [ %68, %65 ], [ %71, %70 ]
  %75 = load ptr, ptr %74, align 8, !tbaa !18
  %76 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef %75)
  br label %77

77:                                               ; preds = %12, %28, %43, %58, %73
  %78 = getelementptr inbounds nuw i8, ptr %13, i64 1
  br label %12, !llvm.loop !21
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #3

; Function Attrs: nofree norecurse nosync nounwind uwtable
define internal double @avg(i32 %0, ...) unnamed_addr #2 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #7
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = getelementptr inbounds nuw i8, ptr %2, i64 4
  %4 = load i32, ptr %3, align 4
  %5 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %6 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %7 = load ptr, ptr %5, align 8
  %8 = load ptr, ptr %6, align 16
  br label %9

9:                                                ; preds = %21, %1
  %10 = phi ptr [ %7, %1 ], [ %22, %21 ]
  %11 = phi i32 [ 0, %1 ], [ %27, %21 ]
  %12 = phi double [ 0.000000e+00, %1 ], [ %26, %21 ]
  %13 = phi i32 [ %4, %1 ], [ %23, %21 ]
  %14 = icmp ult i32 %13, 161
  br i1 %14, label %15, label %19

15:                                               ; preds = %9
  %16 = zext nneg i32 %13 to i64
  %17 = getelementptr i8, ptr %8, i64 %16
  %18 = add nuw nsw i32 %13, 16
  store i32 %18, ptr %3, align 4
  br label %21

19:                                               ; preds = %9
  %20 = getelementptr i8, ptr %10, i64 8
  store ptr %20, ptr %5, align 8
  br label %21

21:                                               ; preds = %19, %15
  %22 = phi ptr [ %10, %15 ], [ %20, %19 ]
  %23 = phi i32 [ %18, %15 ], [ %13, %19 ]
  %24 = phi ptr [ %17, %15 ], [ %10, %19 ]
  %25 = load double, ptr %24, align 8, !tbaa !12
  %26 = fadd double %12, %25
  %27 = add nuw nsw i32 %11, 1
  %28 = icmp eq i32 %27, 5
  br i1 %28, label %29, label %9, !llvm.loop !22

29:                                               ; preds = %21
  %30 = fdiv double %26, 5.000000e+00
  call void @llvm.va_end.p0(ptr %2)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #7
  ret double %30
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define internal range(i32 -2147483348, -2147483648) i32 @max_of(i32 %0, ...) unnamed_addr #2 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #7
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %3) #7
  call void @llvm.va_start.p0(ptr nonnull %2)
  call void @llvm.va_copy.p0(ptr nonnull %3, ptr nonnull %2)
  %4 = load i32, ptr %2, align 16
  %5 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %6 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %7 = load ptr, ptr %6, align 16
  %8 = load ptr, ptr %5, align 8
  br label %9

9:                                                ; preds = %32, %1
  %10 = phi ptr [ %8, %1 ], [ %21, %32 ]
  %11 = phi i32 [ %4, %1 ], [ %22, %32 ]
  %12 = phi i32 [ 3, %1 ], [ %33, %32 ]
  %13 = icmp ult i32 %11, 41
  br i1 %13, label %14, label %18

14:                                               ; preds = %9
  %15 = zext nneg i32 %11 to i64
  %16 = getelementptr i8, ptr %7, i64 %15
  %17 = add nuw nsw i32 %11, 8
  store i32 %17, ptr %2, align 16
  br label %20

18:                                               ; preds = %9
  %19 = getelementptr i8, ptr %10, i64 8
  store ptr %19, ptr %5, align 8
  br label %20

20:                                               ; preds = %18, %14
  %21 = phi ptr [ %10, %14 ], [ %19, %18 ]
  %22 = phi i32 [ %17, %14 ], [ %11, %18 ]
  %23 = phi ptr [ %16, %14 ], [ %10, %18 ]
  %24 = load i32, ptr %23, align 4, !tbaa !5
  %25 = icmp sgt i32 %24, -1
  br i1 %25, label %32, label %26

26:                                               ; preds = %20
  %27 = load i32, ptr %3, align 16
  %28 = getelementptr inbounds nuw i8, ptr %3, i64 8
  %29 = getelementptr inbounds nuw i8, ptr %3, i64 16
  %30 = load ptr, ptr %29, align 16
  %31 = load ptr, ptr %28, align 8
  br label %34

32:                                               ; preds = %20
  %33 = call i32 @llvm.smax.i32(i32 %24, i32 %12)
  br label %9, !llvm.loop !23

34:                                               ; preds = %45, %26
  %35 = phi ptr [ %46, %45 ], [ %31, %26 ]
  %36 = phi i32 [ %47, %45 ], [ %27, %26 ]
  %37 = phi i32 [ %51, %45 ], [ 0, %26 ]
  %38 = icmp ult i32 %36, 41
  br i1 %38, label %39, label %43

39:                                               ; preds = %34
  %40 = zext nneg i32 %36 to i64
  %41 = getelementptr i8, ptr %30, i64 %40
  %42 = add nuw nsw i32 %36, 8
  store i32 %42, ptr %3, align 16
  br label %45

43:                                               ; preds = %34
  %44 = getelementptr i8, ptr %35, i64 8
  store ptr %44, ptr %28, align 8
  br label %45

45:                                               ; preds = %43, %39
  %46 = phi ptr [ %35, %39 ], [ %44, %43 ]
  %47 = phi i32 [ %42, %39 ], [ %36, %43 ]
  %48 = phi ptr [ %41, %39 ], [ %35, %43 ]
  %49 = load i32, ptr %48, align 4, !tbaa !5
  %50 = icmp sgt i32 %49, -1
  %51 = add nuw nsw i32 %37, 1
  br i1 %50, label %34, label %52, !llvm.loop !24

52:                                               ; preds = %45
  call void @llvm.va_end.p0(ptr %3)
  call void @llvm.va_end.p0(ptr %2)
  %53 = mul nuw nsw i32 %12, 100
  %54 = add nuw nsw i32 %37, %53
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %3) #7
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #7
  ret i32 %54
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_copy.p0(ptr, ptr) #4

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #6

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree norecurse nosync nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #5 = { nofree nounwind }
attributes #6 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = !{!13, !13, i64 0}
!13 = !{!"double", !7, i64 0}
!14 = distinct !{!14, !10, !11}
!15 = !{!7, !7, i64 0}
!16 = !{!17, !17, i64 0}
!17 = !{!"long long", !7, i64 0}
!18 = !{!19, !19, i64 0}
!19 = !{!"p1 omnipotent char", !20, i64 0}
!20 = !{!"any pointer", !7, i64 0}
!21 = distinct !{!21, !10, !11}
!22 = distinct !{!22, !10, !11}
!23 = distinct !{!23, !10, !11}
!24 = distinct !{!24, !10, !11}
