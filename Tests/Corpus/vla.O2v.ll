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
  br label %18

12:                                               ; preds = %18
  %13 = alloca [11 x i8], align 16
  store <8 x i8> <i8 97, i8 98, i8 99, i8 100, i8 101, i8 102, i8 103, i8 104>, ptr %13, align 16, !tbaa !5
  %14 = getelementptr inbounds nuw i8, ptr %13, i64 8
  store i8 105, ptr %14, align 8, !tbaa !5
  %15 = getelementptr inbounds nuw i8, ptr %13, i64 9
  store i8 106, ptr %15, align 1, !tbaa !5
  %16 = getelementptr inbounds nuw i8, ptr %13, i64 10
  store i8 0, ptr %16, align 2, !tbaa !5
  %17 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, ptr noundef nonnull %13)
  ret i32 0

18:                                               ; preds = %0, %18
  %19 = phi i32 [ 2, %0 ], [ %22, %18 ]
  %20 = tail call fastcc i32 @pascal_row(i32 noundef %19)
  %21 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %19, i32 noundef %20)
  %22 = add nuw nsw i32 %19, 6
  %23 = icmp samesign ult i32 %19, 15
  br i1 %23, label %18, label %12, !llvm.loop !8
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

8:                                                ; preds = %44, %1
  %9 = sdiv i32 %0, 2
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds i32, ptr %4, i64 %10
  %12 = load i32, ptr %11, align 4, !tbaa !10
  ret i32 %12

13:                                               ; preds = %6, %44
  %14 = phi i64 [ 0, %6 ], [ %45, %44 ]
  %15 = add nsw i64 %14, -1
  %16 = getelementptr inbounds nuw i32, ptr %4, i64 %14
  store i32 1, ptr %16, align 4, !tbaa !10
  %17 = icmp samesign ugt i64 %14, 1
  br i1 %17, label %18, label %44

18:                                               ; preds = %13
  %19 = icmp samesign ult i64 %14, 9
  br i1 %19, label %42, label %20

20:                                               ; preds = %18
  %21 = and i64 %15, -8
  %22 = sub i64 %14, %21
  br label %23

23:                                               ; preds = %23, %20
  %24 = phi i64 [ 0, %20 ], [ %38, %23 ]
  %25 = sub i64 %14, %24
  %26 = getelementptr i32, ptr %7, i64 %25
  %27 = getelementptr i8, ptr %26, i64 -12
  %28 = getelementptr i8, ptr %26, i64 -28
  %29 = load <4 x i32>, ptr %27, align 4, !tbaa !10
  %30 = load <4 x i32>, ptr %28, align 4, !tbaa !10
  %31 = getelementptr i32, ptr %4, i64 %25
  %32 = getelementptr i8, ptr %31, i64 -16
  %33 = getelementptr i8, ptr %31, i64 -32
  %34 = load <4 x i32>, ptr %32, align 4, !tbaa !10
  %35 = load <4 x i32>, ptr %33, align 4, !tbaa !10
  %36 = add nsw <4 x i32> %34, %29
  %37 = add nsw <4 x i32> %35, %30
  store <4 x i32> %36, ptr %32, align 4, !tbaa !10
  store <4 x i32> %37, ptr %33, align 4, !tbaa !10
  %38 = add nuw i64 %24, 8
  %39 = icmp eq i64 %38, %21
  br i1 %39, label %40, label %23, !llvm.loop !12

40:                                               ; preds = %23
  %41 = icmp eq i64 %15, %21
  br i1 %41, label %44, label %42

42:                                               ; preds = %18, %40
  %43 = phi i64 [ %14, %18 ], [ %22, %40 ]
  br label %47

44:                                               ; preds = %47, %40, %13
  %45 = add nuw nsw i64 %14, 1
  %46 = icmp eq i64 %45, %3
  br i1 %46, label %8, label %13, !llvm.loop !15

47:                                               ; preds = %42, %47
  %48 = phi i64 [ %49, %47 ], [ %43, %42 ]
  %49 = add nsw i64 %48, -1
  %50 = getelementptr i32, ptr %7, i64 %48
  %51 = load i32, ptr %50, align 4, !tbaa !10
  %52 = getelementptr inbounds nuw i32, ptr %4, i64 %49
  %53 = load i32, ptr %52, align 4, !tbaa !10
  %54 = add nsw i32 %53, %51
  store i32 %54, ptr %52, align 4, !tbaa !10
  %55 = icmp sgt i64 %48, 2
  br i1 %55, label %47, label %44, !llvm.loop !16
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
!12 = distinct !{!12, !9, !13, !14}
!13 = !{!"llvm.loop.isvectorized", i32 1}
!14 = !{!"llvm.loop.unroll.runtime.disable"}
!15 = distinct !{!15, !9}
!16 = distinct !{!16, !9, !14, !13}
