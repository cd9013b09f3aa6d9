; ModuleID = 'crc32.c'
source_filename = "crc32.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"a\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"abc\00", align 1
@.str.3 = private unnamed_addr constant [10 x i8] c"123456789\00", align 1
@.str.4 = private unnamed_addr constant [44 x i8] c"The quick brown fox jumps over the lazy dog\00", align 1
@__const.main.inputs = private unnamed_addr constant [5 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4], align 16
@.str.5 = private unnamed_addr constant [41 x i8] c"%-45s crc=%08x/%08x adler=%08x djb2=%lu\0A\00", align 1
@.str.6 = private unnamed_addr constant [31 x i8] c"table[1]=%08x table[255]=%08x\0A\00", align 1
@table = internal unnamed_addr global [256 x i32] zeroinitializer, align 16

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %4, %0
  %2 = phi i64 [ 0, %0 ], [ %6, %4 ]
  %3 = trunc nuw nsw i64 %2 to i32
  br label %8

4:                                                ; preds = %8
  %5 = getelementptr inbounds nuw [256 x i32], ptr @table, i64 0, i64 %2
  store i32 %15, ptr %5, align 4, !tbaa !5
  %6 = add nuw nsw i64 %2, 1
  %7 = icmp eq i64 %6, 256
  br i1 %7, label %22, label %1, !llvm.loop !9

8:                                                ; preds = %8, %1
  %9 = phi i32 [ 0, %1 ], [ %16, %8 ]
  %10 = phi i32 [ %3, %1 ], [ %15, %8 ]
  %11 = and i32 %10, 1
  %12 = icmp eq i32 %11, 0
  %13 = lshr i32 %10, 1
  %14 = xor i32 %13, -306674912
  %15 = select i1 %12, i32 %13, i32 %14
  %16 = add nuw nsw i32 %9, 1
  %17 = icmp eq i32 %16, 8
  br i1 %17, label %4, label %8, !llvm.loop !12

18:                                               ; preds = %100
  %19 = load i32, ptr getelementptr inbounds nuw (i8, ptr @table, i64 4), align 4, !tbaa !5
  %20 = load i32, ptr getelementptr inbounds nuw (i8, ptr @table, i64 1020), align 4, !tbaa !5
  %21 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %19, i32 noundef %20)
  ret i32 0

22:                                               ; preds = %4, %100
  %23 = phi i64 [ %103, %100 ], [ 0, %4 ]
  %24 = getelementptr inbounds nuw [5 x ptr], ptr @__const.main.inputs, i64 0, i64 %23
  %25 = load ptr, ptr %24, align 8, !tbaa !13
  %26 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %25) #3
  %27 = icmp eq i64 %26, 0
  br i1 %27, label %44, label %30

28:                                               ; preds = %30
  %29 = xor i32 %41, -1
  br label %44

30:                                               ; preds = %22, %30
  %31 = phi i64 [ %42, %30 ], [ 0, %22 ]
  %32 = phi i32 [ %41, %30 ], [ -1, %22 ]
  %33 = getelementptr inbounds nuw i8, ptr %25, i64 %31
  %34 = load i8, ptr %33, align 1, !tbaa !16
  %35 = trunc i32 %32 to i8
  %36 = xor i8 %34, %35
  %37 = zext i8 %36 to i64
  %38 = getelementptr inbounds nuw [256 x i32], ptr @table, i64 0, i64 %37
  %39 = load i32, ptr %38, align 4, !tbaa !5
  %40 = lshr i32 %32, 8
  %41 = xor i32 %39, %40
  %42 = add nuw i64 %31, 1
  %43 = icmp eq i64 %42, %26
  br i1 %43, label %28, label %30, !llvm.loop !17

44:                                               ; preds = %22, %28
  %45 = phi i32 [ 0, %22 ], [ %29, %28 ]
  %46 = load i8, ptr %25, align 1, !tbaa !16
  %47 = icmp eq i8 %46, 0
  br i1 %47, label %70, label %52

48:                                               ; preds = %58
  %49 = getelementptr inbounds nuw i8, ptr %55, i64 1
  %50 = load i8, ptr %49, align 1, !tbaa !16
  %51 = icmp eq i8 %50, 0
  br i1 %51, label %68, label %52, !llvm.loop !18

52:                                               ; preds = %44, %48
  %53 = phi i8 [ %50, %48 ], [ %46, %44 ]
  %54 = phi i32 [ %65, %48 ], [ -1, %44 ]
  %55 = phi ptr [ %49, %48 ], [ %25, %44 ]
  %56 = zext i8 %53 to i32
  %57 = xor i32 %54, %56
  br label %58

58:                                               ; preds = %58, %52
  %59 = phi i32 [ 0, %52 ], [ %66, %58 ]
  %60 = phi i32 [ %57, %52 ], [ %65, %58 ]
  %61 = lshr i32 %60, 1
  %62 = and i32 %60, 1
  %63 = icmp eq i32 %62, 0
  %64 = select i1 %63, i32 0, i32 -306674912
  %65 = xor i32 %64, %61
  %66 = add nuw nsw i32 %59, 1
  %67 = icmp eq i32 %66, 8
  br i1 %67, label %48, label %58, !llvm.loop !19

68:                                               ; preds = %48
  %69 = xor i32 %65, -1
  br label %70

70:                                               ; preds = %44, %68
  %71 = phi i32 [ 0, %44 ], [ %69, %68 ]
  br i1 %47, label %88, label %72

72:                                               ; preds = %70, %72
  %73 = phi i8 [ %83, %72 ], [ %46, %70 ]
  %74 = phi i32 [ %81, %72 ], [ 0, %70 ]
  %75 = phi i32 [ %79, %72 ], [ 1, %70 ]
  %76 = phi ptr [ %82, %72 ], [ %25, %70 ]
  %77 = zext i8 %73 to i32
  %78 = add nuw nsw i32 %75, %77
  %79 = urem i32 %78, 65521
  %80 = add nuw nsw i32 %79, %74
  %81 = urem i32 %80, 65521
  %82 = getelementptr inbounds nuw i8, ptr %76, i64 1
  %83 = load i8, ptr %82, align 1, !tbaa !16
  %84 = icmp eq i8 %83, 0
  br i1 %84, label %85, label %72, !llvm.loop !20

85:                                               ; preds = %72
  %86 = shl nuw i32 %81, 16
  %87 = or disjoint i32 %86, %79
  br label %88

88:                                               ; preds = %70, %85
  %89 = phi i32 [ 1, %70 ], [ %87, %85 ]
  br i1 %47, label %100, label %90

90:                                               ; preds = %88, %90
  %91 = phi i8 [ %98, %90 ], [ %46, %88 ]
  %92 = phi ptr [ %94, %90 ], [ %25, %88 ]
  %93 = phi i64 [ %97, %90 ], [ 5381, %88 ]
  %94 = getelementptr inbounds nuw i8, ptr %92, i64 1
  %95 = mul i64 %93, 33
  %96 = zext i8 %91 to i64
  %97 = add i64 %95, %96
  %98 = load i8, ptr %94, align 1, !tbaa !16
  %99 = icmp eq i8 %98, 0
  br i1 %99, label %100, label %90, !llvm.loop !21

100:                                              ; preds = %90, %88
  %101 = phi i64 [ 5381, %88 ], [ %97, %90 ]
  %102 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, ptr noundef nonnull %25, i32 noundef %45, i32 noundef %71, i32 noundef %89, i64 noundef %101)
  %103 = add nuw nsw i64 %23, 1
  %104 = icmp eq i64 %103, 5
  br i1 %104, label %18, label %22, !llvm.loop !22
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr noundef captures(none)) local_unnamed_addr #2

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind willreturn memory(read) }

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
!12 = distinct !{!12, !10, !11}
!13 = !{!14, !14, i64 0}
!14 = !{!"p1 omnipotent char", !15, i64 0}
!15 = !{!"any pointer", !7, i64 0}
!16 = !{!7, !7, i64 0}
!17 = distinct !{!17, !10, !11}
!18 = distinct !{!18, !10, !11}
!19 = distinct !{!19, !10, !11}
!20 = distinct !{!20, !10, !11}
!21 = distinct !{!21, !10, !11}
!22 = distinct !{!22, !10, !11}
