; ModuleID = 'bintree.c'
source_filename = "bintree.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str.1 = private unnamed_addr constant [21 x i8] c"total=%ld height=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"find(%d)=%s \00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"yes\00", align 1
@.str.4 = private unnamed_addr constant [3 x i8] c"no\00", align 1
@.str.5 = private unnamed_addr constant [9 x i8] c"%d(x%d) \00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"%d \00", align 1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca i64, align 8
  br label %16

2:                                                ; preds = %16
  tail call fastcc void @walk(ptr noundef %26, ptr noundef nonnull @print_node, ptr noundef null)
  %3 = tail call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1) #11
  store i64 0, ptr %1, align 8, !tbaa !5
  call fastcc void @walk(ptr noundef %26, ptr noundef nonnull @sum_node, ptr noundef nonnull %1)
  %4 = load i64, ptr %1, align 8, !tbaa !5
  %5 = call fastcc i32 @height(ptr noundef %26)
  %6 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %4, i32 noundef %5)
  %7 = icmp eq ptr %26, null
  br i1 %7, label %8, label %29

8:                                                ; preds = %2
  %9 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 0, ptr noundef nonnull @.str.4)
  %10 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 7, ptr noundef nonnull @.str.4)
  %11 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 14, ptr noundef nonnull @.str.4)
  %12 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 21, ptr noundef nonnull @.str.4)
  %13 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 28, ptr noundef nonnull @.str.4)
  %14 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 35, ptr noundef nonnull @.str.4)
  %15 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 42, ptr noundef nonnull @.str.4)
  br label %130

16:                                               ; preds = %0, %16
  %17 = phi i32 [ 0, %0 ], [ %27, %16 ]
  %18 = phi i32 [ 99, %0 ], [ %21, %16 ]
  %19 = phi ptr [ null, %0 ], [ %26, %16 ]
  %20 = mul i32 %18, 69069
  %21 = add i32 %20, 1
  %22 = lshr i32 %21, 24
  %23 = trunc nuw i32 %22 to i8
  %24 = urem i8 %23, 50
  %25 = zext nneg i8 %24 to i32
  %26 = tail call fastcc ptr @insert(ptr noundef %19, i32 noundef %25)
  %27 = add nuw nsw i32 %17, 1
  %28 = icmp eq i32 %27, 30
  br i1 %28, label %2, label %16, !llvm.loop !9

29:                                               ; preds = %2, %33
  %30 = phi ptr [ %37, %33 ], [ %26, %2 ]
  %31 = load i32, ptr %30, align 8, !tbaa !11
  %32 = icmp eq i32 %31, 0
  br i1 %32, label %39, label %33

33:                                               ; preds = %29
  %34 = icmp sgt i32 %31, 0
  %35 = select i1 %34, i64 8, i64 16
  %36 = getelementptr inbounds nuw i8, ptr %30, i64 %35
  %37 = load ptr, ptr %36, align 8, !tbaa !16
  %38 = icmp eq ptr %37, null
  br i1 %38, label %39, label %29, !llvm.loop !17

39:                                               ; preds = %29, %33
  %40 = phi ptr [ @.str.4, %33 ], [ @.str.3, %29 ]
  %41 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 0, ptr noundef nonnull %40)
  br label %42

42:                                               ; preds = %39, %46
  %43 = phi ptr [ %50, %46 ], [ %26, %39 ]
  %44 = load i32, ptr %43, align 8, !tbaa !11
  %45 = icmp eq i32 %44, 7
  br i1 %45, label %52, label %46

46:                                               ; preds = %42
  %47 = icmp sgt i32 %44, 7
  %48 = select i1 %47, i64 8, i64 16
  %49 = getelementptr inbounds nuw i8, ptr %43, i64 %48
  %50 = load ptr, ptr %49, align 8, !tbaa !16
  %51 = icmp eq ptr %50, null
  br i1 %51, label %52, label %42, !llvm.loop !17

52:                                               ; preds = %42, %46
  %53 = phi ptr [ @.str.4, %46 ], [ @.str.3, %42 ]
  %54 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 7, ptr noundef nonnull %53)
  br label %55

55:                                               ; preds = %52, %59
  %56 = phi ptr [ %63, %59 ], [ %26, %52 ]
  %57 = load i32, ptr %56, align 8, !tbaa !11
  %58 = icmp eq i32 %57, 14
  br i1 %58, label %65, label %59

59:                                               ; preds = %55
  %60 = icmp sgt i32 %57, 14
  %61 = select i1 %60, i64 8, i64 16
  %62 = getelementptr inbounds nuw i8, ptr %56, i64 %61
  %63 = load ptr, ptr %62, align 8, !tbaa !16
  %64 = icmp eq ptr %63, null
  br i1 %64, label %65, label %55, !llvm.loop !17

65:                                               ; preds = %55, %59
  %66 = phi ptr [ @.str.4, %59 ], [ @.str.3, %55 ]
  %67 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 14, ptr noundef nonnull %66)
  br label %68

68:                                               ; preds = %65, %72
  %69 = phi ptr [ %76, %72 ], [ %26, %65 ]
  %70 = load i32, ptr %69, align 8, !tbaa !11
  %71 = icmp eq i32 %70, 21
  br i1 %71, label %78, label %72

72:                                               ; preds = %68
  %73 = icmp sgt i32 %70, 21
  %74 = select i1 %73, i64 8, i64 16
  %75 = getelementptr inbounds nuw i8, ptr %69, i64 %74
  %76 = load ptr, ptr %75, align 8, !tbaa !16
  %77 = icmp eq ptr %76, null
  br i1 %77, label %78, label %68, !llvm.loop !17

78:                                               ; preds = %68, %72
  %79 = phi ptr [ @.str.4, %72 ], [ @.str.3, %68 ]
  %80 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 21, ptr noundef nonnull %79)
  br label %81

81:                                               ; preds = %78, %85
  %82 = phi ptr [ %89, %85 ], [ %26, %78 ]
  %83 = load i32, ptr %82, align 8, !tbaa !11
  %84 = icmp eq i32 %83, 28
  br i1 %84, label %91, label %85

85:                                               ; preds = %81
  %86 = icmp sgt i32 %83, 28
  %87 = select i1 %86, i64 8, i64 16
  %88 = getelementptr inbounds nuw i8, ptr %82, i64 %87
  %89 = load ptr, ptr %88, align 8, !tbaa !16
  %90 = icmp eq ptr %89, null
  br i1 %90, label %91, label %81, !llvm.loop !17

91:                                               ; preds = %81, %85
  %92 = phi ptr [ @.str.4, %85 ], [ @.str.3, %81 ]
  %93 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 28, ptr noundef nonnull %92)
  br label %94

94:                                               ; preds = %91, %98
  %95 = phi ptr [ %102, %98 ], [ %26, %91 ]
  %96 = load i32, ptr %95, align 8, !tbaa !11
  %97 = icmp eq i32 %96, 35
  br i1 %97, label %104, label %98

98:                                               ; preds = %94
  %99 = icmp sgt i32 %96, 35
  %100 = select i1 %99, i64 8, i64 16
  %101 = getelementptr inbounds nuw i8, ptr %95, i64 %100
  %102 = load ptr, ptr %101, align 8, !tbaa !16
  %103 = icmp eq ptr %102, null
  br i1 %103, label %104, label %94, !llvm.loop !17

104:                                              ; preds = %94, %98
  %105 = phi ptr [ @.str.4, %98 ], [ @.str.3, %94 ]
  %106 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 35, ptr noundef nonnull %105)
  br label %107

107:                                              ; preds = %104, %111
  %108 = phi ptr [ %115, %111 ], [ %26, %104 ]
  %109 = load i32, ptr %108, align 8, !tbaa !11
  %110 = icmp eq i32 %109, 42
  br i1 %110, label %117, label %111

111:                                              ; preds = %107
  %112 = icmp sgt i32 %109, 42
  %113 = select i1 %112, i64 8, i64 16
  %114 = getelementptr inbounds nuw i8, ptr %108, i64 %113
  %115 = load ptr, ptr %114, align 8, !tbaa !16
  %116 = icmp eq ptr %115, null
  br i1 %116, label %117, label %107, !llvm.loop !17

117:                                              ; preds = %107, %111
  %118 = phi ptr [ @.str.4, %111 ], [ @.str.3, %107 ]
  %119 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 42, ptr noundef nonnull %118)
  br label %120

120:                                              ; preds = %117, %124
  %121 = phi ptr [ %128, %124 ], [ %26, %117 ]
  %122 = load i32, ptr %121, align 8, !tbaa !11
  %123 = icmp eq i32 %122, 49
  br i1 %123, label %130, label %124

124:                                              ; preds = %120
  %125 = icmp sgt i32 %122, 49
  %126 = select i1 %125, i64 8, i64 16
  %127 = getelementptr inbounds nuw i8, ptr %121, i64 %126
  %128 = load ptr, ptr %127, align 8, !tbaa !16
  %129 = icmp eq ptr %128, null
  br i1 %129, label %130, label %120, !llvm.loop !17

130:                                              ; preds = %120, %124, %8
  %131 = phi ptr [ @.str.4, %8 ], [ @.str.3, %120 ], [ @.str.4, %124 ]
  %132 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 49, ptr noundef nonnull %131)
  %133 = call i32 @putchar(i32 10)
  call fastcc void @destroy(ptr noundef %26)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #11
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: nofree nounwind uwtable
define internal fastcc noundef ptr @insert(ptr noundef captures(address_is_null, ret: address, provenance) %0, i32 noundef range(i32 0, 50) %1) unnamed_addr #2 {
  %3 = icmp eq ptr %0, null
  br i1 %3, label %4, label %8

4:                                                ; preds = %2
  %5 = tail call noalias dereferenceable_or_null(24) ptr @malloc(i64 noundef 24) #12
  store i32 %1, ptr %5, align 8, !tbaa !11
  %6 = getelementptr inbounds nuw i8, ptr %5, i64 4
  store i32 1, ptr %6, align 4, !tbaa !18
  %7 = getelementptr inbounds nuw i8, ptr %5, i64 8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %7, i8 0, i64 16, i1 false)
  br label %11

8:                                                ; preds = %2
  %9 = load i32, ptr %0, align 8, !tbaa !11
  %10 = icmp slt i32 %1, %9
  br i1 %10, label %13, label %17

11:                                               ; preds = %23, %4, %19, %13
  %12 = phi ptr [ %0, %13 ], [ %0, %19 ], [ %5, %4 ], [ %0, %23 ]
  ret ptr %12

13:                                               ; preds = %8
  %14 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %15 = load ptr, ptr %14, align 8, !tbaa !19
  %16 = tail call fastcc ptr @insert(ptr noundef %15, i32 noundef %1)
  store ptr %16, ptr %14, align 8, !tbaa !19
  br label %11

17:                                               ; preds = %8
  %18 = icmp sgt i32 %1, %9
  br i1 %18, label %19, label %23

19:                                               ; preds = %17
  %20 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %21 = load ptr, ptr %20, align 8, !tbaa !20
  %22 = tail call fastcc ptr @insert(ptr noundef %21, i32 noundef %1)
  store ptr %22, ptr %20, align 8, !tbaa !20
  br label %11

23:                                               ; preds = %17
  %24 = getelementptr inbounds nuw i8, ptr %0, i64 4
  %25 = load i32, ptr %24, align 4, !tbaa !18
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %24, align 4, !tbaa !18
  br label %11
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define internal fastcc void @walk(ptr noundef %0, ptr noundef readonly captures(none) %1, ptr noundef %2) unnamed_addr #0 {
  %4 = icmp eq ptr %0, null
  br i1 %4, label %12, label %5

5:                                                ; preds = %3, %5
  %6 = phi ptr [ %10, %5 ], [ %0, %3 ]
  %7 = getelementptr inbounds nuw i8, ptr %6, i64 8
  %8 = load ptr, ptr %7, align 8, !tbaa !19
  tail call fastcc void @walk(ptr noundef %8, ptr noundef %1, ptr noundef %2)
  tail call void %1(ptr noundef nonnull %6, ptr noundef %2) #11, !callees !21
  %9 = getelementptr inbounds nuw i8, ptr %6, i64 16
  %10 = load ptr, ptr %9, align 8, !tbaa !20
  %11 = icmp eq ptr %10, null
  br i1 %11, label %12, label %5

12:                                               ; preds = %5, %3
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @print_node(ptr noundef readonly captures(none) %0, ptr readnone captures(none) %1) #2 {
  %3 = getelementptr inbounds nuw i8, ptr %0, i64 4
  %4 = load i32, ptr %3, align 4, !tbaa !18
  %5 = icmp sgt i32 %4, 1
  %6 = select i1 %5, ptr @.str.5, ptr @.str.6
  %7 = load i32, ptr %0, align 8, !tbaa !11
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) %6, i32 noundef %7, i32 noundef %4)
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define internal void @sum_node(ptr noundef readonly captures(none) %0, ptr noundef captures(none) %1) #4 {
  %3 = load i32, ptr %0, align 8, !tbaa !11
  %4 = sext i32 %3 to i64
  %5 = getelementptr inbounds nuw i8, ptr %0, i64 4
  %6 = load i32, ptr %5, align 4, !tbaa !18
  %7 = sext i32 %6 to i64
  %8 = mul nsw i64 %7, %4
  %9 = load i64, ptr %1, align 8, !tbaa !5
  %10 = add nsw i64 %8, %9
  store i64 %10, ptr %1, align 8, !tbaa !5
  ret void
}

; Function Attrs: nofree nosync nounwind memory(read, inaccessiblemem: none) uwtable
define internal fastcc range(i32 -2147483646, -2147483648) i32 @height(ptr noundef readonly captures(address_is_null) %0) unnamed_addr #5 {
  %2 = icmp eq ptr %0, null
  br i1 %2, label %3, label %5

3:                                                ; preds = %1, %5
  %4 = phi i32 [ %13, %5 ], [ 0, %1 ]
  ret i32 %4

5:                                                ; preds = %1
  %6 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %7 = load ptr, ptr %6, align 8, !tbaa !19
  %8 = tail call fastcc i32 @height(ptr noundef %7)
  %9 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %10 = load ptr, ptr %9, align 8, !tbaa !20
  %11 = tail call fastcc i32 @height(ptr noundef %10)
  %12 = tail call i32 @llvm.smax.i32(i32 %8, i32 %11)
  %13 = add nsw i32 %12, 1
  br label %3
}

; Function Attrs: nounwind uwtable
define internal fastcc void @destroy(ptr noundef captures(address_is_null) %0) unnamed_addr #0 {
  %2 = icmp eq ptr %0, null
  br i1 %2, label %3, label %4

3:                                                ; preds = %1, %4
  ret void

4:                                                ; preds = %1
  %5 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %6 = load ptr, ptr %5, align 8, !tbaa !19
  tail call fastcc void @destroy(ptr noundef %6)
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %8 = load ptr, ptr %7, align 8, !tbaa !20
  tail call fastcc void @destroy(ptr noundef %8)
  tail call void @free(ptr noundef nonnull %0) #11
  br label %3
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #7

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #8

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #9

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #10

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nosync nounwind memory(read, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nofree nounwind }
attributes #9 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #10 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #11 = { nounwind }
attributes #12 = { nounwind allocsize(0) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"long", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!12, !13, i64 0}
!12 = !{!"Tree", !13, i64 0, !13, i64 4, !14, i64 8, !14, i64 16}
!13 = !{!"int", !7, i64 0}
!14 = !{!"p1 _ZTS4Tree", !15, i64 0}
!15 = !{!"any pointer", !7, i64 0}
!16 = !{!14, !14, i64 0}
!17 = distinct !{!17, !10}
!18 = !{!12, !13, i64 4}
!19 = !{!12, !14, i64 8}
!20 = !{!12, !14, i64 16}
!21 = !{ptr @print_node, ptr @sum_node}
