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
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #8
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = icmp eq i32 %0, 0
  br i1 %3, label %32, label %4

4:                                                ; preds = %1
  %5 = load i32, ptr %2, align 16
  %6 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %7 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %8 = load ptr, ptr %7, align 16
  %9 = load ptr, ptr %6, align 8
  %10 = and i32 %0, 1
  %11 = icmp eq i32 %0, 1
  br i1 %11, label %14, label %12

12:                                               ; preds = %4
  %13 = and i32 %0, 14
  br label %34

14:                                               ; preds = %59, %4
  %15 = phi i32 [ poison, %4 ], [ %64, %59 ]
  %16 = phi ptr [ %9, %4 ], [ %60, %59 ]
  %17 = phi i32 [ 0, %4 ], [ %64, %59 ]
  %18 = phi i32 [ %5, %4 ], [ %61, %59 ]
  %19 = icmp eq i32 %10, 0
  br i1 %19, label %32, label %20

20:                                               ; preds = %14
  %21 = icmp ult i32 %18, 41
  br i1 %21, label %24, label %22

22:                                               ; preds = %20
  %23 = getelementptr i8, ptr %16, i64 8
  store ptr %23, ptr %6, align 8
  br label %28

24:                                               ; preds = %20
  %25 = zext nneg i32 %18 to i64
  %26 = getelementptr i8, ptr %8, i64 %25
  %27 = add nuw nsw i32 %18, 8
  store i32 %27, ptr %2, align 16
  br label %28

28:                                               ; preds = %24, %22
  %29 = phi ptr [ %26, %24 ], [ %16, %22 ]
  %30 = load i32, ptr %29, align 4, !tbaa !5
  %31 = add nsw i32 %30, %17
  br label %32

32:                                               ; preds = %28, %14, %1
  %33 = phi i32 [ 0, %1 ], [ %15, %14 ], [ %31, %28 ]
  call void @llvm.va_end.p0(ptr nonnull %2)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #8
  ret i32 %33

34:                                               ; preds = %59, %12
  %35 = phi ptr [ %9, %12 ], [ %60, %59 ]
  %36 = phi i32 [ 0, %12 ], [ %64, %59 ]
  %37 = phi i32 [ %5, %12 ], [ %61, %59 ]
  %38 = phi i32 [ 0, %12 ], [ %65, %59 ]
  %39 = icmp ult i32 %37, 41
  br i1 %39, label %40, label %44

40:                                               ; preds = %34
  %41 = zext nneg i32 %37 to i64
  %42 = getelementptr i8, ptr %8, i64 %41
  %43 = add nuw nsw i32 %37, 8
  store i32 %43, ptr %2, align 16
  br label %46

44:                                               ; preds = %34
  %45 = getelementptr i8, ptr %35, i64 8
  store ptr %45, ptr %6, align 8
  br label %46

46:                                               ; preds = %44, %40
  %47 = phi ptr [ %35, %40 ], [ %45, %44 ]
  %48 = phi i32 [ %43, %40 ], [ %37, %44 ]
  %49 = phi ptr [ %42, %40 ], [ %35, %44 ]
  %50 = load i32, ptr %49, align 4, !tbaa !5
  %51 = add nsw i32 %50, %36
  %52 = icmp ult i32 %48, 41
  br i1 %52, label %55, label %53

53:                                               ; preds = %46
  %54 = getelementptr i8, ptr %47, i64 8
  store ptr %54, ptr %6, align 8
  br label %59

55:                                               ; preds = %46
  %56 = zext nneg i32 %48 to i64
  %57 = getelementptr i8, ptr %8, i64 %56
  %58 = add nuw nsw i32 %48, 8
  store i32 %58, ptr %2, align 16
  br label %59

59:                                               ; preds = %55, %53
  %60 = phi ptr [ %47, %55 ], [ %54, %53 ]
  %61 = phi i32 [ %58, %55 ], [ %48, %53 ]
  %62 = phi ptr [ %57, %55 ], [ %47, %53 ]
  %63 = load i32, ptr %62, align 4, !tbaa !5
  %64 = add nsw i32 %63, %51
  %65 = add i32 %38, 2
  %66 = icmp eq i32 %65, %13
  br i1 %66, label %14, label %34, !llvm.loop !9
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define internal double @sum_doubles(i32 noundef range(i32 2, 13) %0, ...) unnamed_addr #2 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #8
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = getelementptr inbounds nuw i8, ptr %2, i64 4
  %4 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %5 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %6 = load ptr, ptr %5, align 16
  %7 = and i32 %0, 1
  %8 = load i32, ptr %3, align 4
  %9 = load ptr, ptr %4, align 8
  %10 = and i32 %0, 14
  br label %27

11:                                               ; preds = %52
  %12 = icmp eq i32 %7, 0
  br i1 %12, label %25, label %13

13:                                               ; preds = %11
  %14 = icmp ult i32 %54, 161
  br i1 %14, label %17, label %15

15:                                               ; preds = %13
  %16 = getelementptr i8, ptr %53, i64 8
  store ptr %16, ptr %4, align 8
  br label %21

17:                                               ; preds = %13
  %18 = zext nneg i32 %54 to i64
  %19 = getelementptr i8, ptr %6, i64 %18
  %20 = add nuw nsw i32 %54, 16
  store i32 %20, ptr %3, align 4
  br label %21

21:                                               ; preds = %17, %15
  %22 = phi ptr [ %19, %17 ], [ %53, %15 ]
  %23 = load double, ptr %22, align 8, !tbaa !11
  %24 = fadd double %57, %23
  br label %25

25:                                               ; preds = %11, %21
  %26 = phi double [ %57, %11 ], [ %24, %21 ]
  call void @llvm.va_end.p0(ptr nonnull %2)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #8
  ret double %26

27:                                               ; preds = %52, %1
  %28 = phi ptr [ %9, %1 ], [ %53, %52 ]
  %29 = phi double [ 0.000000e+00, %1 ], [ %57, %52 ]
  %30 = phi i32 [ %8, %1 ], [ %54, %52 ]
  %31 = phi i32 [ 0, %1 ], [ %58, %52 ]
  %32 = icmp ult i32 %30, 161
  br i1 %32, label %33, label %37

33:                                               ; preds = %27
  %34 = zext nneg i32 %30 to i64
  %35 = getelementptr i8, ptr %6, i64 %34
  %36 = add nuw nsw i32 %30, 16
  store i32 %36, ptr %3, align 4
  br label %39

37:                                               ; preds = %27
  %38 = getelementptr i8, ptr %28, i64 8
  store ptr %38, ptr %4, align 8
  br label %39

39:                                               ; preds = %37, %33
  %40 = phi ptr [ %28, %33 ], [ %38, %37 ]
  %41 = phi i32 [ %36, %33 ], [ %30, %37 ]
  %42 = phi ptr [ %35, %33 ], [ %28, %37 ]
  %43 = load double, ptr %42, align 8, !tbaa !11
  %44 = fadd double %29, %43
  %45 = icmp ult i32 %41, 161
  br i1 %45, label %48, label %46

46:                                               ; preds = %39
  %47 = getelementptr i8, ptr %40, i64 8
  store ptr %47, ptr %4, align 8
  br label %52

48:                                               ; preds = %39
  %49 = zext nneg i32 %41 to i64
  %50 = getelementptr i8, ptr %6, i64 %49
  %51 = add nuw nsw i32 %41, 16
  store i32 %51, ptr %3, align 4
  br label %52

52:                                               ; preds = %48, %46
  %53 = phi ptr [ %40, %48 ], [ %47, %46 ]
  %54 = phi i32 [ %51, %48 ], [ %41, %46 ]
  %55 = phi ptr [ %50, %48 ], [ %40, %46 ]
  %56 = load double, ptr %55, align 8, !tbaa !11
  %57 = fadd double %44, %56
  %58 = add nuw nsw i32 %31, 2
  %59 = icmp eq i32 %58, %10
  br i1 %59, label %11, label %27, !llvm.loop !13
}

; Function Attrs: nofree nounwind uwtable
define internal void @mini_printf(ptr noundef readonly captures(none) %0, ...) unnamed_addr #0 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #8
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %4 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %5 = getelementptr inbounds nuw i8, ptr %2, i64 4
  br label %6

6:                                                ; preds = %71, %1
  %7 = phi ptr [ %0, %1 ], [ %72, %71 ]
  %8 = load i8, ptr %7, align 1, !tbaa !14
  switch i8 %8, label %71 [
    i8 0, label %9
    i8 105, label %11
    i8 108, label %26
    i8 100, label %41
    i8 115, label %56
  ]

9:                                                ; preds = %6
  call void @llvm.va_end.p0(ptr nonnull %2)
  %10 = call i32 @putchar(i32 10)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #8
  ret void

11:                                               ; preds = %6
  %12 = load i32, ptr %2, align 16
  %13 = icmp ult i32 %12, 41
  br i1 %13, label %14, label %19

14:                                               ; preds = %11
  %15 = load ptr, ptr %4, align 16
  %16 = zext nneg i32 %12 to i64
  %17 = getelementptr i8, ptr %15, i64 %16
  %18 = add nuw nsw i32 %12, 8
  store i32 %18, ptr %2, align 16
  br label %22

19:                                               ; preds = %11
  %20 = load ptr, ptr %3, align 8
  %21 = getelementptr i8, ptr %20, i64 8
  store ptr %21, ptr %3, align 8
  br label %22

22:                                               ; preds = %19, %14
  %23 = phi ptr [ %17, %14 ], [ %20, %19 ]
  %24 = load i32, ptr %23, align 4, !tbaa !5
  %25 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %24)
  br label %71

26:                                               ; preds = %6
  %27 = load i32, ptr %2, align 16
  %28 = icmp ult i32 %27, 41
  br i1 %28, label %29, label %34

29:                                               ; preds = %26
  %30 = load ptr, ptr %4, align 16
  %31 = zext nneg i32 %27 to i64
  %32 = getelementptr i8, ptr %30, i64 %31
  %33 = add nuw nsw i32 %27, 8
  store i32 %33, ptr %2, align 16
  br label %37

34:                                               ; preds = %26
  %35 = load ptr, ptr %3, align 8
  %36 = getelementptr i8, ptr %35, i64 8
  store ptr %36, ptr %3, align 8
  br label %37

37:                                               ; preds = %34, %29
  %38 = phi ptr [ %32, %29 ], [ %35, %34 ]
  %39 = load i64, ptr %38, align 8, !tbaa !15
  %40 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i64 noundef %39)
  br label %71

41:                                               ; preds = %6
  %42 = load i32, ptr %5, align 4
  %43 = icmp ult i32 %42, 161
  br i1 %43, label %44, label %49

44:                                               ; preds = %41
  %45 = load ptr, ptr %4, align 16
  %46 = zext nneg i32 %42 to i64
  %47 = getelementptr i8, ptr %45, i64 %46
  %48 = add nuw nsw i32 %42, 16
  store i32 %48, ptr %5, align 4
  br label %52

49:                                               ; preds = %41
  %50 = load ptr, ptr %3, align 8
  %51 = getelementptr i8, ptr %50, i64 8
  store ptr %51, ptr %3, align 8
  br label %52

52:                                               ; preds = %49, %44
  %53 = phi ptr [ %47, %44 ], [ %50, %49 ]
  %54 = load double, ptr %53, align 8, !tbaa !11
  %55 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, double noundef %54)
  br label %71

56:                                               ; preds = %6
  %57 = load i32, ptr %2, align 16
  %58 = icmp ult i32 %57, 41
  br i1 %58, label %59, label %64

59:                                               ; preds = %56
  %60 = load ptr, ptr %4, align 16
  %61 = zext nneg i32 %57 to i64
  %62 = getelementptr i8, ptr %60, i64 %61
  %63 = add nuw nsw i32 %57, 8
  store i32 %63, ptr %2, align 16
  br label %67

64:                                               ; preds = %56
  %65 = load ptr, ptr %3, align 8
  %66 = getelementptr i8, ptr %65, i64 8
  store ptr %66, ptr %3, align 8
  br label %67

67:                                               ; preds = %64, %59
  %68 = phi ptr [ %62, %59 ], [ %65, %64 ]
  %69 = load ptr, ptr %68, align 8, !tbaa !17
  %70 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef %69)
  br label %71

71:                                               ; preds = %6, %22, %37, %52, %67
  %72 = getelementptr inbounds nuw i8, ptr %7, i64 1
  br label %6, !llvm.loop !20
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #3

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn uwtable
define internal double @avg(i32 %0, ...) unnamed_addr #4 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #8
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = getelementptr inbounds nuw i8, ptr %2, i64 4
  %4 = load i32, ptr %3, align 4
  %5 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %6 = icmp ult i32 %4, 161
  br i1 %6, label %11, label %7

7:                                                ; preds = %1
  %8 = load ptr, ptr %5, align 8
  %9 = getelementptr i8, ptr %8, i64 8
  store ptr %9, ptr %5, align 8
  %10 = load double, ptr %8, align 8, !tbaa !11
  br label %21

11:                                               ; preds = %1
  %12 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %13 = load ptr, ptr %12, align 16
  %14 = zext nneg i32 %4 to i64
  %15 = getelementptr i8, ptr %13, i64 %14
  %16 = add nuw nsw i32 %4, 16
  store i32 %16, ptr %3, align 4
  %17 = load double, ptr %15, align 8, !tbaa !11
  %18 = icmp samesign ult i32 %4, 145
  br i1 %18, label %26, label %19

19:                                               ; preds = %11
  %20 = load ptr, ptr %5, align 8
  br label %21

21:                                               ; preds = %19, %7
  %22 = phi ptr [ %9, %7 ], [ %20, %19 ]
  %23 = phi double [ %10, %7 ], [ %17, %19 ]
  %24 = getelementptr i8, ptr %22, i64 8
  store ptr %24, ptr %5, align 8
  %25 = load double, ptr %22, align 8, !tbaa !11
  br label %34

26:                                               ; preds = %11
  %27 = zext nneg i32 %16 to i64
  %28 = getelementptr i8, ptr %13, i64 %27
  %29 = add nuw nsw i32 %4, 32
  store i32 %29, ptr %3, align 4
  %30 = load double, ptr %28, align 8, !tbaa !11
  %31 = icmp samesign ult i32 %4, 129
  br i1 %31, label %40, label %32

32:                                               ; preds = %26
  %33 = load ptr, ptr %5, align 8
  br label %34

34:                                               ; preds = %32, %21
  %35 = phi ptr [ %24, %21 ], [ %33, %32 ]
  %36 = phi double [ %25, %21 ], [ %30, %32 ]
  %37 = phi double [ %23, %21 ], [ %17, %32 ]
  %38 = getelementptr i8, ptr %35, i64 8
  store ptr %38, ptr %5, align 8
  %39 = load double, ptr %35, align 8, !tbaa !11
  br label %48

40:                                               ; preds = %26
  %41 = zext nneg i32 %29 to i64
  %42 = getelementptr i8, ptr %13, i64 %41
  %43 = add nuw nsw i32 %4, 48
  store i32 %43, ptr %3, align 4
  %44 = load double, ptr %42, align 8, !tbaa !11
  %45 = icmp samesign ult i32 %4, 113
  br i1 %45, label %55, label %46

46:                                               ; preds = %40
  %47 = load ptr, ptr %5, align 8
  br label %48

48:                                               ; preds = %46, %34
  %49 = phi ptr [ %38, %34 ], [ %47, %46 ]
  %50 = phi double [ %39, %34 ], [ %44, %46 ]
  %51 = phi double [ %37, %34 ], [ %17, %46 ]
  %52 = phi double [ %36, %34 ], [ %30, %46 ]
  %53 = getelementptr i8, ptr %49, i64 8
  store ptr %53, ptr %5, align 8
  %54 = load double, ptr %49, align 8, !tbaa !11
  br label %63

55:                                               ; preds = %40
  %56 = zext nneg i32 %43 to i64
  %57 = getelementptr i8, ptr %13, i64 %56
  %58 = add nuw nsw i32 %4, 64
  store i32 %58, ptr %3, align 4
  %59 = load double, ptr %57, align 8, !tbaa !11
  %60 = icmp samesign ult i32 %4, 97
  br i1 %60, label %70, label %61

61:                                               ; preds = %55
  %62 = load ptr, ptr %5, align 8
  br label %63

63:                                               ; preds = %61, %48
  %64 = phi ptr [ %53, %48 ], [ %62, %61 ]
  %65 = phi double [ %54, %48 ], [ %59, %61 ]
  %66 = phi double [ %52, %48 ], [ %30, %61 ]
  %67 = phi double [ %51, %48 ], [ %17, %61 ]
  %68 = phi double [ %50, %48 ], [ %44, %61 ]
  %69 = getelementptr i8, ptr %64, i64 8
  store ptr %69, ptr %5, align 8
  br label %74

70:                                               ; preds = %55
  %71 = zext nneg i32 %58 to i64
  %72 = getelementptr i8, ptr %13, i64 %71
  %73 = add nuw nsw i32 %4, 80
  store i32 %73, ptr %3, align 4
  br label %74

74:                                               ; preds = %63, %70
  %75 = phi double [ %59, %70 ], [ %65, %63 ]
  %76 = phi double [ %30, %70 ], [ %66, %63 ]
  %77 = phi double [ %17, %70 ], [ %67, %63 ]
  %78 = phi double [ %44, %70 ], [ %68, %63 ]
  %79 = phi ptr [ %72, %70 ], [ %64, %63 ]
  %80 = fadd double %77, 0.000000e+00
  %81 = fadd double %76, %80
  %82 = fadd double %78, %81
  %83 = fadd double %75, %82
  %84 = load double, ptr %79, align 8, !tbaa !11
  %85 = fadd double %84, %83
  %86 = fdiv double %85, 5.000000e+00
  call void @llvm.va_end.p0(ptr nonnull %2)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #8
  ret double %86
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define internal range(i32 -2147483348, -2147483648) i32 @max_of(i32 %0, ...) unnamed_addr #2 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #8
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %3) #8
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
  br label %9, !llvm.loop !21

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
  br i1 %50, label %34, label %52, !llvm.loop !22

52:                                               ; preds = %45
  call void @llvm.va_end.p0(ptr nonnull %3)
  call void @llvm.va_end.p0(ptr nonnull %2)
  %53 = mul nuw nsw i32 %12, 100
  %54 = add nuw nsw i32 %37, %53
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %3) #8
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #8
  ret i32 %54
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_copy.p0(ptr, ptr) #5

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #7

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree norecurse nosync nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress nofree norecurse nosync nounwind willreturn uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #6 = { nofree nounwind }
attributes #7 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nounwind }

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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!12, !12, i64 0}
!12 = !{!"double", !7, i64 0}
!13 = distinct !{!13, !10}
!14 = !{!7, !7, i64 0}
!15 = !{!16, !16, i64 0}
!16 = !{!"long long", !7, i64 0}
!17 = !{!18, !18, i64 0}
!18 = !{!"p1 omnipotent char", !19, i64 0}
!19 = !{!"any pointer", !7, i64 0}
!20 = distinct !{!20, !10}
!21 = distinct !{!21, !10}
!22 = distinct !{!22, !10}
