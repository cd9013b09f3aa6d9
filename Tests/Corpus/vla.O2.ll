; ModuleID = 'vla.c'
source_filename = "vla.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [23 x i8] c"n=%d sizeof=%d sum=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [38 x i8] c"matrix sum %g, m[2][3]=%g, sizeof=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [24 x i8] c"central binom(%d) = %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [16 x i8] c"vla string: %s\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call ptr @llvm.stacksave.p0()
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1, i32 noundef 4, i32 noundef 1)
  call void @llvm.stackrestore.p0(ptr %1)
  %3 = tail call ptr @llvm.stacksave.p0()
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 2, i32 noundef 8, i32 noundef 6)
  call void @llvm.stackrestore.p0(ptr %3)
  %5 = tail call ptr @llvm.stacksave.p0()
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 3, i32 noundef 12, i32 noundef 18)
  call void @llvm.stackrestore.p0(ptr %5)
  %7 = tail call ptr @llvm.stacksave.p0()
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 4, i32 noundef 16, i32 noundef 40)
  call void @llvm.stackrestore.p0(ptr %7)
  %9 = tail call ptr @llvm.stacksave.p0()
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 5, i32 noundef 20, i32 noundef 75)
  call void @llvm.stackrestore.p0(ptr %9)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef 7.200000e+01, double noundef 1.150000e+01, i32 noundef 96)
  br label %25

12:                                               ; preds = %25
  %13 = alloca [11 x i8], align 16
  store i8 97, ptr %13, align 16, !tbaa !5
  %14 = getelementptr inbounds nuw i8, ptr %13, i64 1
  store i8 98, ptr %14, align 1, !tbaa !5
  %15 = getelementptr inbounds nuw i8, ptr %13, i64 2
  store i8 99, ptr %15, align 2, !tbaa !5
  %16 = getelementptr inbounds nuw i8, ptr %13, i64 3
  store i8 100, ptr %16, align 1, !tbaa !5
  %17 = getelementptr inbounds nuw i8, ptr %13, i64 4
  store i8 101, ptr %17, align 4, !tbaa !5
  %18 = getelementptr inbounds nuw i8, ptr %13, i64 5
  store i8 102, ptr %18, align 1, !tbaa !5
  %19 = getelementptr inbounds nuw i8, ptr %13, i64 6
  store i8 103, ptr %19, align 2, !tbaa !5
  %20 = getelementptr inbounds nuw i8, ptr %13, i64 7
  store i8 104, ptr %20, align 1, !tbaa !5
  %21 = getelementptr inbounds nuw i8, ptr %13, i64 8
  store i8 105, ptr %21, align 8, !tbaa !5
  %22 = getelementptr inbounds nuw i8, ptr %13, i64 9
  store i8 106, ptr %22, align 1, !tbaa !5
  %23 = getelementptr inbounds nuw i8, ptr %13, i64 10
  store i8 0, ptr %23, align 2, !tbaa !5
  %24 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, ptr noundef nonnull %13)
  ret i32 0

25:                                               ; preds = %0, %25
  %26 = phi i32 [ 2, %0 ], [ %29, %25 ]
  %27 = tail call fastcc i32 @pascal_row(i32 noundef %26)
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %26, i32 noundef %27)
  %29 = add nuw nsw i32 %26, 6
  %30 = icmp samesign ult i32 %26, 15
  br i1 %30, label %25, label %12, !llvm.loop !8
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #1

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define internal fastcc i32 @pascal_row(i32 noundef range(i32 -2147483648, 21) %0) unnamed_addr #3 {
  %2 = add nsw i32 %0, 1
  %3 = zext i32 %2 to i64
  %4 = alloca i32, i64 %3, align 16
  %5 = icmp slt i32 %0, 0
  br i1 %5, label %8, label %6

6:                                                ; preds = %1
  %7 = getelementptr i8, ptr %4, i64 -8
  br label %13

8:                                                ; preds = %37, %1
  %9 = sdiv i32 %0, 2
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds i32, ptr %4, i64 %10
  %12 = load i32, ptr %11, align 4, !tbaa !10
  ret i32 %12

13:                                               ; preds = %6, %37
  %14 = phi i64 [ 0, %6 ], [ %38, %37 ]
  %15 = add nsw i64 %14, -2
  %16 = getelementptr inbounds nuw i32, ptr %4, i64 %14
  store i32 1, ptr %16, align 4, !tbaa !10
  %17 = icmp samesign ugt i64 %14, 1
  br i1 %17, label %18, label %37

18:                                               ; preds = %13
  %19 = add nuw i64 %14, 3
  %20 = and i64 %19, 3
  %21 = and i64 %14, 3
  %22 = icmp eq i64 %21, 1
  br i1 %22, label %34, label %23

23:                                               ; preds = %18, %23
  %24 = phi i64 [ %26, %23 ], [ %14, %18 ]
  %25 = phi i64 [ %32, %23 ], [ 0, %18 ]
  %26 = add nsw i64 %24, -1
  %27 = getelementptr i32, ptr %7, i64 %24
  %28 = load i32, ptr %27, align 4, !tbaa !10
  %29 = getelementptr inbounds nuw i32, ptr %4, i64 %26
  %30 = load i32, ptr %29, align 4, !tbaa !10
  %31 = add nsw i32 %30, %28
  store i32 %31, ptr %29, align 4, !tbaa !10
  %32 = add i64 %25, 1
  %33 = icmp eq i64 %32, %20
  br i1 %33, label %34, label %23, !llvm.loop !12

34:                                               ; preds = %23, %18
  %35 = phi i64 [ %14, %18 ], [ %26, %23 ]
  %36 = icmp ult i64 %15, 3
  br i1 %36, label %37, label %40

37:                                               ; preds = %34, %40, %13
  %38 = add nuw nsw i64 %14, 1
  %39 = icmp eq i64 %38, %3
  br i1 %39, label %8, label %13, !llvm.loop !14

40:                                               ; preds = %34, %40
  %41 = phi i64 [ %58, %40 ], [ %35, %34 ]
  %42 = add nsw i64 %41, -1
  %43 = getelementptr i32, ptr %7, i64 %41
  %44 = load i32, ptr %43, align 4, !tbaa !10
  %45 = getelementptr inbounds nuw i32, ptr %4, i64 %42
  %46 = load i32, ptr %45, align 4, !tbaa !10
  %47 = add nsw i32 %46, %44
  store i32 %47, ptr %45, align 4, !tbaa !10
  %48 = add nsw i64 %41, -2
  %49 = getelementptr i32, ptr %7, i64 %42
  %50 = load i32, ptr %49, align 4, !tbaa !10
  %51 = getelementptr inbounds nuw i32, ptr %4, i64 %48
  %52 = add nsw i32 %44, %50
  store i32 %52, ptr %51, align 4, !tbaa !10
  %53 = add nsw i64 %41, -3
  %54 = getelementptr i32, ptr %7, i64 %48
  %55 = load i32, ptr %54, align 4, !tbaa !10
  %56 = getelementptr inbounds nuw i32, ptr %4, i64 %53
  %57 = add nsw i32 %50, %55
  store i32 %57, ptr %56, align 4, !tbaa !10
  %58 = add nsw i64 %41, -4
  %59 = getelementptr i32, ptr %7, i64 %53
  %60 = load i32, ptr %59, align 4, !tbaa !10
  %61 = getelementptr inbounds nuw i32, ptr %4, i64 %58
  %62 = add nsw i32 %55, %60
  store i32 %62, ptr %61, align 4, !tbaa !10
  %63 = icmp sgt i64 %41, 5
  br i1 %63, label %40, label %37, !llvm.loop !15
}

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree norecurse nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!11, !11, i64 0}
!11 = !{!"int", !6, i64 0}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
