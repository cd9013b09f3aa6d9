; ModuleID = 'linked_list.c'
source_filename = "linked_list.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [7 x i8] c"pushed\00", align 1
@.str.1 = private unnamed_addr constant [9 x i8] c"reversed\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"sorted\00", align 1
@.str.3 = private unnamed_addr constant [16 x i8] c"lengths: %d %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"%s:\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c" %d\00", align 1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca ptr, align 8
  %2 = tail call noalias noundef dereferenceable_or_null(16) ptr @malloc(i64 noundef 16) #6
  store i32 0, ptr %2, align 8, !tbaa !5
  %3 = getelementptr inbounds nuw i8, ptr %2, i64 8
  store ptr null, ptr %3, align 8, !tbaa !12
  %4 = tail call noalias noundef dereferenceable_or_null(16) ptr @malloc(i64 noundef 16) #6
  store i32 3, ptr %4, align 8, !tbaa !5
  %5 = getelementptr inbounds nuw i8, ptr %4, i64 8
  store ptr %2, ptr %5, align 8, !tbaa !12
  %6 = tail call noalias noundef dereferenceable_or_null(16) ptr @malloc(i64 noundef 16) #6
  store i32 6, ptr %6, align 8, !tbaa !5
  %7 = getelementptr inbounds nuw i8, ptr %6, i64 8
  store ptr %4, ptr %7, align 8, !tbaa !12
  %8 = tail call noalias noundef dereferenceable_or_null(16) ptr @malloc(i64 noundef 16) #6
  store i32 2, ptr %8, align 8, !tbaa !5
  %9 = getelementptr inbounds nuw i8, ptr %8, i64 8
  store ptr %6, ptr %9, align 8, !tbaa !12
  %10 = tail call noalias noundef dereferenceable_or_null(16) ptr @malloc(i64 noundef 16) #6
  store i32 5, ptr %10, align 8, !tbaa !5
  %11 = getelementptr inbounds nuw i8, ptr %10, i64 8
  store ptr %8, ptr %11, align 8, !tbaa !12
  %12 = tail call noalias noundef dereferenceable_or_null(16) ptr @malloc(i64 noundef 16) #6
  store i32 1, ptr %12, align 8, !tbaa !5
  %13 = getelementptr inbounds nuw i8, ptr %12, i64 8
  store ptr %10, ptr %13, align 8, !tbaa !12
  %14 = tail call noalias noundef dereferenceable_or_null(16) ptr @malloc(i64 noundef 16) #6
  store i32 4, ptr %14, align 8, !tbaa !5
  %15 = getelementptr inbounds nuw i8, ptr %14, i64 8
  store ptr %12, ptr %15, align 8, !tbaa !12
  %16 = tail call noalias noundef dereferenceable_or_null(16) ptr @malloc(i64 noundef 16) #6
  store i32 0, ptr %16, align 8, !tbaa !5
  %17 = getelementptr inbounds nuw i8, ptr %16, i64 8
  store ptr %14, ptr %17, align 8, !tbaa !12
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef nonnull @.str)
  br label %19

19:                                               ; preds = %0, %19
  %20 = phi ptr [ %24, %19 ], [ %16, %0 ]
  %21 = load i32, ptr %20, align 8, !tbaa !5
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %21)
  %23 = getelementptr inbounds nuw i8, ptr %20, i64 8
  %24 = load ptr, ptr %23, align 8, !tbaa !12
  %25 = icmp eq ptr %24, null
  br i1 %25, label %26, label %19, !llvm.loop !13

26:                                               ; preds = %19
  %27 = tail call i32 @putchar(i32 10)
  br label %28

28:                                               ; preds = %26, %28
  %29 = phi ptr [ %32, %28 ], [ %16, %26 ]
  %30 = phi ptr [ %29, %28 ], [ null, %26 ]
  %31 = getelementptr inbounds nuw i8, ptr %29, i64 8
  %32 = load ptr, ptr %31, align 8, !tbaa !12
  store ptr %30, ptr %31, align 8, !tbaa !12
  %33 = icmp eq ptr %32, null
  br i1 %33, label %34, label %28, !llvm.loop !15

34:                                               ; preds = %28
  %35 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef nonnull @.str.1)
  br label %36

36:                                               ; preds = %34, %36
  %37 = phi ptr [ %41, %36 ], [ %29, %34 ]
  %38 = load i32, ptr %37, align 8, !tbaa !5
  %39 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %38)
  %40 = getelementptr inbounds nuw i8, ptr %37, i64 8
  %41 = load ptr, ptr %40, align 8, !tbaa !12
  %42 = icmp eq ptr %41, null
  br i1 %42, label %43, label %36, !llvm.loop !13

43:                                               ; preds = %36
  %44 = tail call i32 @putchar(i32 10)
  br label %87

45:                                               ; preds = %113
  %46 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef nonnull @.str.2)
  %47 = icmp eq ptr %118, null
  br i1 %47, label %55, label %48

48:                                               ; preds = %45, %48
  %49 = phi ptr [ %53, %48 ], [ %118, %45 ]
  %50 = load i32, ptr %49, align 8, !tbaa !5
  %51 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %50)
  %52 = getelementptr inbounds nuw i8, ptr %49, i64 8
  %53 = load ptr, ptr %52, align 8, !tbaa !12
  %54 = icmp eq ptr %53, null
  br i1 %54, label %55, label %48, !llvm.loop !13

55:                                               ; preds = %48, %45
  %56 = tail call i32 @putchar(i32 10)
  br label %57

57:                                               ; preds = %55, %57
  %58 = phi ptr [ %61, %57 ], [ %29, %55 ]
  %59 = phi i32 [ %62, %57 ], [ 0, %55 ]
  %60 = getelementptr inbounds nuw i8, ptr %58, i64 8
  %61 = load ptr, ptr %60, align 8, !tbaa !12
  %62 = add nuw nsw i32 %59, 1
  %63 = icmp eq ptr %61, null
  br i1 %63, label %64, label %57

64:                                               ; preds = %57
  br i1 %47, label %72, label %65

65:                                               ; preds = %64, %65
  %66 = phi ptr [ %69, %65 ], [ %118, %64 ]
  %67 = phi i32 [ %70, %65 ], [ 0, %64 ]
  %68 = getelementptr inbounds nuw i8, ptr %66, i64 8
  %69 = load ptr, ptr %68, align 8, !tbaa !12
  %70 = add nuw nsw i32 %67, 1
  %71 = icmp eq ptr %69, null
  br i1 %71, label %72, label %65

72:                                               ; preds = %65, %64
  %73 = phi i32 [ 0, %64 ], [ %70, %65 ]
  %74 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %62, i32 noundef %73)
  br label %75

75:                                               ; preds = %72, %75
  %76 = phi ptr [ %78, %75 ], [ %29, %72 ]
  %77 = getelementptr inbounds nuw i8, ptr %76, i64 8
  %78 = load ptr, ptr %77, align 8, !tbaa !12
  tail call void @free(ptr noundef nonnull %76) #7
  %79 = icmp eq ptr %78, null
  br i1 %79, label %80, label %75, !llvm.loop !16

80:                                               ; preds = %75
  br i1 %47, label %86, label %81

81:                                               ; preds = %80, %81
  %82 = phi ptr [ %84, %81 ], [ %118, %80 ]
  %83 = getelementptr inbounds nuw i8, ptr %82, i64 8
  %84 = load ptr, ptr %83, align 8, !tbaa !12
  tail call void @free(ptr noundef nonnull %82) #7
  %85 = icmp eq ptr %84, null
  br i1 %85, label %86, label %81, !llvm.loop !16

86:                                               ; preds = %81, %80
  ret i32 0

87:                                               ; preds = %43, %113
  %88 = phi i32 [ 0, %43 ], [ %119, %113 ]
  %89 = phi i32 [ 12345, %43 ], [ %92, %113 ]
  %90 = phi ptr [ null, %43 ], [ %118, %113 ]
  %91 = mul i32 %89, 1103515245
  %92 = add i32 %91, 12345
  %93 = lshr i32 %92, 16
  %94 = trunc nuw i32 %93 to i16
  %95 = urem i16 %94, 100
  %96 = zext nneg i16 %95 to i32
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1)
  store ptr %90, ptr %1, align 8, !tbaa !17
  %97 = icmp eq ptr %90, null
  br i1 %97, label %113, label %98

98:                                               ; preds = %87
  %99 = load i32, ptr %90, align 8, !tbaa !5
  %100 = icmp slt i32 %99, %96
  br i1 %100, label %104, label %113

101:                                              ; preds = %104
  %102 = load i32, ptr %107, align 8, !tbaa !5
  %103 = icmp slt i32 %102, %96
  br i1 %103, label %104, label %111, !llvm.loop !18

104:                                              ; preds = %98, %101
  %105 = phi ptr [ %107, %101 ], [ %90, %98 ]
  %106 = getelementptr inbounds nuw i8, ptr %105, i64 8
  %107 = load ptr, ptr %106, align 8, !tbaa !17
  %108 = icmp eq ptr %107, null
  br i1 %108, label %109, label %101, !llvm.loop !18

109:                                              ; preds = %104
  %110 = getelementptr inbounds nuw i8, ptr %105, i64 8
  br label %113, !llvm.loop !18

111:                                              ; preds = %101
  %112 = getelementptr inbounds nuw i8, ptr %105, i64 8
  br label %113

113:                                              ; preds = %111, %98, %109, %87
  %114 = phi ptr [ null, %87 ], [ null, %109 ], [ %90, %98 ], [ %107, %111 ]
  %115 = phi ptr [ %1, %87 ], [ %110, %109 ], [ %1, %98 ], [ %112, %111 ]
  %116 = tail call noalias dereferenceable_or_null(16) ptr @malloc(i64 noundef 16) #6
  store i32 %96, ptr %116, align 8, !tbaa !5
  %117 = getelementptr inbounds nuw i8, ptr %116, i64 8
  store ptr %114, ptr %117, align 8, !tbaa !12
  store ptr %116, ptr %115, align 8, !tbaa !17
  %118 = load ptr, ptr %1, align 8, !tbaa !17
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1)
  %119 = add nuw nsw i32 %88, 1
  %120 = icmp eq i32 %119, 12
  br i1 %120, label %45, label %87, !llvm.loop !19
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #3

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #4

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #5

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind }
attributes #5 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nounwind allocsize(0) }
attributes #7 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = !{!6, !7, i64 0}
!6 = !{!"Node", !7, i64 0, !10, i64 8}
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!"p1 _ZTS4Node", !11, i64 0}
!11 = !{!"any pointer", !8, i64 0}
!12 = !{!6, !10, i64 8}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = distinct !{!15, !14}
!16 = distinct !{!16, !14}
!17 = !{!10, !10, i64 0}
!18 = distinct !{!18, !14}
!19 = distinct !{!19, !14}
