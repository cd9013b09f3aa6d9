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
  br label %39

1:                                                ; preds = %52
  %2 = alloca [12 x double], align 16
  br label %3

3:                                                ; preds = %7, %1
  %4 = phi i64 [ 0, %1 ], [ %8, %7 ]
  %5 = shl nuw nsw i64 %4, 2
  %6 = getelementptr inbounds nuw double, ptr %2, i64 %5
  br label %10

7:                                                ; preds = %10
  %8 = add nuw nsw i64 %4, 1
  %9 = icmp eq i64 %8, 3
  br i1 %9, label %19, label %3, !llvm.loop !5

10:                                               ; preds = %10, %3
  %11 = phi i64 [ 0, %3 ], [ %17, %10 ]
  %12 = or disjoint i64 %11, %5
  %13 = trunc nuw nsw i64 %12 to i32
  %14 = uitofp nneg i32 %13 to double
  %15 = fadd double %14, 5.000000e-01
  %16 = getelementptr inbounds nuw double, ptr %6, i64 %11
  store double %15, ptr %16, align 8, !tbaa !8
  %17 = add nuw nsw i64 %11, 1
  %18 = icmp eq i64 %17, 4
  br i1 %18, label %7, label %10, !llvm.loop !12

19:                                               ; preds = %7, %24
  %20 = phi i64 [ %25, %24 ], [ 0, %7 ]
  %21 = phi double [ %32, %24 ], [ 0.000000e+00, %7 ]
  %22 = shl nuw nsw i64 %20, 5
  %23 = getelementptr inbounds nuw i8, ptr %2, i64 %22
  br label %27

24:                                               ; preds = %27
  %25 = add nuw nsw i64 %20, 1
  %26 = icmp eq i64 %25, 3
  br i1 %26, label %35, label %19, !llvm.loop !13

27:                                               ; preds = %27, %19
  %28 = phi i64 [ 0, %19 ], [ %33, %27 ]
  %29 = phi double [ %21, %19 ], [ %32, %27 ]
  %30 = getelementptr inbounds nuw double, ptr %23, i64 %28
  %31 = load double, ptr %30, align 8, !tbaa !8
  %32 = fadd double %29, %31
  %33 = add nuw nsw i64 %28, 1
  %34 = icmp eq i64 %33, 4
  br i1 %34, label %24, label %27, !llvm.loop !14

35:                                               ; preds = %24
  %36 = getelementptr inbounds nuw i8, ptr %2, i64 88
  %37 = load double, ptr %36, align 8, !tbaa !8
  %38 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef %32, double noundef %37, i32 noundef 96)
  br label %67

39:                                               ; preds = %0, %52
  %40 = phi i64 [ 1, %0 ], [ %56, %52 ]
  %41 = trunc i64 %40 to i32
  %42 = tail call ptr @llvm.stacksave.p0()
  %43 = alloca i32, i64 %40, align 16
  br label %58

44:                                               ; preds = %58, %44
  %45 = phi i64 [ %50, %44 ], [ 0, %58 ]
  %46 = phi i32 [ %49, %44 ], [ 0, %58 ]
  %47 = getelementptr inbounds nuw i32, ptr %43, i64 %45
  %48 = load i32, ptr %47, align 4, !tbaa !15
  %49 = add nsw i32 %48, %46
  %50 = add nuw nsw i64 %45, 1
  %51 = icmp eq i64 %50, %40
  br i1 %51, label %52, label %44, !llvm.loop !17

52:                                               ; preds = %44
  %53 = shl nuw nsw i32 %41, 2
  %54 = trunc nuw nsw i64 %40 to i32
  %55 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %54, i32 noundef %53, i32 noundef %49)
  call void @llvm.stackrestore.p0(ptr %42)
  %56 = add nuw nsw i64 %40, 1
  %57 = icmp eq i64 %56, 6
  br i1 %57, label %1, label %39, !llvm.loop !18

58:                                               ; preds = %39, %58
  %59 = phi i64 [ 0, %39 ], [ %60, %58 ]
  %60 = add nuw nsw i64 %59, 1
  %61 = mul nuw nsw i64 %60, %40
  %62 = getelementptr inbounds nuw i32, ptr %43, i64 %59
  %63 = trunc nuw nsw i64 %61 to i32
  store i32 %63, ptr %62, align 4, !tbaa !15
  %64 = icmp eq i64 %60, %40
  br i1 %64, label %44, label %58, !llvm.loop !19

65:                                               ; preds = %67
  %66 = alloca [11 x i8], align 16
  br label %76

67:                                               ; preds = %35, %67
  %68 = phi i32 [ 2, %35 ], [ %71, %67 ]
  %69 = tail call fastcc i32 @pascal_row(i32 noundef %68)
  %70 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %68, i32 noundef %69)
  %71 = add nuw nsw i32 %68, 6
  %72 = icmp samesign ult i32 %68, 15
  br i1 %72, label %67, label %65, !llvm.loop !20

73:                                               ; preds = %76
  %74 = getelementptr inbounds nuw i8, ptr %66, i64 10
  store i8 0, ptr %74, align 2, !tbaa !21
  %75 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, ptr noundef nonnull %66)
  ret i32 0

76:                                               ; preds = %65, %76
  %77 = phi i64 [ 0, %65 ], [ %81, %76 ]
  %78 = trunc i64 %77 to i8
  %79 = add nuw nsw i8 %78, 97
  %80 = getelementptr inbounds nuw i8, ptr %66, i64 %77
  store i8 %79, ptr %80, align 1, !tbaa !21
  %81 = add nuw nsw i64 %77, 1
  %82 = icmp eq i64 %81, 10
  br i1 %82, label %73, label %76, !llvm.loop !22
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
  br i1 %5, label %10, label %6

6:                                                ; preds = %1
  %7 = getelementptr i8, ptr %4, i64 -8
  %8 = add nuw nsw i32 %0, 1
  %9 = zext nneg i32 %8 to i64
  br label %15

10:                                               ; preds = %19, %1
  %11 = sdiv i32 %0, 2
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds i32, ptr %4, i64 %12
  %14 = load i32, ptr %13, align 4, !tbaa !15
  ret i32 %14

15:                                               ; preds = %6, %19
  %16 = phi i64 [ 0, %6 ], [ %20, %19 ]
  %17 = getelementptr inbounds nuw i32, ptr %4, i64 %16
  store i32 1, ptr %17, align 4, !tbaa !15
  %18 = icmp samesign ugt i64 %16, 1
  br i1 %18, label %22, label %19

19:                                               ; preds = %22, %15
  %20 = add nuw nsw i64 %16, 1
  %21 = icmp eq i64 %20, %9
  br i1 %21, label %10, label %15, !llvm.loop !23

22:                                               ; preds = %15, %22
  %23 = phi i64 [ %24, %22 ], [ %16, %15 ]
  %24 = add nsw i64 %23, -1
  %25 = getelementptr i32, ptr %7, i64 %23
  %26 = load i32, ptr %25, align 4, !tbaa !15
  %27 = getelementptr inbounds nuw i32, ptr %4, i64 %24
  %28 = load i32, ptr %27, align 4, !tbaa !15
  %29 = add nsw i32 %28, %26
  store i32 %29, ptr %27, align 4, !tbaa !15
  %30 = icmp sgt i64 %23, 2
  br i1 %30, label %22, label %19, !llvm.loop !24
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
!5 = distinct !{!5, !6, !7}
!6 = !{!"llvm.loop.mustprogress"}
!7 = !{!"llvm.loop.unroll.disable"}
!8 = !{!9, !9, i64 0}
!9 = !{!"double", !10, i64 0}
!10 = !{!"omnipotent char", !11, i64 0}
!11 = !{!"Simple C/C++ TBAA"}
!12 = distinct !{!12, !6, !7}
!13 = distinct !{!13, !6, !7}
!14 = distinct !{!14, !6, !7}
!15 = !{!16, !16, i64 0}
!16 = !{!"int", !10, i64 0}
!17 = distinct !{!17, !6, !7}
!18 = distinct !{!18, !6, !7}
!19 = distinct !{!19, !6, !7}
!20 = distinct !{!20, !6, !7}
!21 = !{!10, !10, i64 0}
!22 = distinct !{!22, !6, !7}
!23 = distinct !{!23, !6, !7}
!24 = distinct !{!24, !6, !7}
