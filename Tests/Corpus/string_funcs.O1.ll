; ModuleID = 'string_funcs.c'
source_filename = "string_funcs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.anon = type { i32, double, [4 x i8] }

@.str = private unnamed_addr constant [19 x i8] c"memset: %s len=%d\0A\00", align 1
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
@.str.17 = private unnamed_addr constant [18 x i8] c"memcmp: %d %d %d\0A\00", align 1
@__const.main.src = private unnamed_addr constant [6 x i32] [i32 10, i32 20, i32 30, i32 40, i32 50, i32 60], align 16
@.str.18 = private unnamed_addr constant [4 x i8] c"%d \00", align 1
@.str.20 = private unnamed_addr constant [3 x i8] c"ab\00", align 1
@.str.23 = private unnamed_addr constant [15 x i8] c"heap: %s (%d)\0A\00", align 1
@.str.24 = private unnamed_addr constant [18 x i8] c"calloc zeros: %d\0A\00", align 1
@__const.main.s1 = private unnamed_addr constant { i32, [4 x i8], double, [4 x i8], [4 x i8] } { i32 1, [4 x i8] zeroinitializer, double 2.000000e+00, [4 x i8] c"xy\00\00", [4 x i8] zeroinitializer }, align 8
@.str.25 = private unnamed_addr constant [23 x i8] c"struct copy: %d %g %s\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [64 x i8], align 16
  %2 = alloca [8 x i8], align 1
  %3 = alloca [6 x i32], align 16
  %4 = alloca %struct.anon, align 8
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %1) #9
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(64) %1, i8 120, i64 64, i1 false)
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 10
  store i8 0, ptr %5, align 2, !tbaa !5
  %6 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #10
  %7 = trunc i64 %6 to i32
  %8 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull %1, i32 noundef %7)
  store i32 6513249, ptr %1, align 16
  %9 = call i64 @strlen(ptr nonnull dereferenceable(1) %1)
  %10 = getelementptr inbounds i8, ptr %1, i64 %9
  store i32 6710628, ptr %10, align 1
  %11 = call i64 @strlen(ptr nonnull dereferenceable(1) %1)
  %12 = getelementptr inbounds i8, ptr %1, i64 %11
  store i32 6908007, ptr %12, align 1
  %13 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #10
  %14 = trunc i64 %13 to i32
  %15 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef nonnull %1, i32 noundef %14)
  %16 = getelementptr inbounds nuw i8, ptr %1, i64 2
  call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 2 dereferenceable(7) %16, ptr noundef nonnull align 16 dereferenceable(7) %1, i64 7, i1 false)
  %17 = getelementptr inbounds nuw i8, ptr %1, i64 9
  store i8 0, ptr %17, align 1, !tbaa !5
  %18 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, ptr noundef nonnull %1)
  %19 = getelementptr inbounds nuw i8, ptr %1, i64 3
  call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(6) %1, ptr noundef nonnull align 1 dereferenceable(6) %19, i64 6, i1 false)
  %20 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull %1)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #9
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(7) %2, ptr noundef nonnull align 1 dereferenceable(12) @.str.7, i64 noundef 7, i1 false) #9
  %21 = getelementptr inbounds nuw i8, ptr %2, i64 7
  store i8 0, ptr %21, align 1, !tbaa !5
  %22 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef nonnull %2)
  br label %26

23:                                               ; preds = %26
  %24 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, i32 noundef 0, i32 noundef -1, i32 noundef 1)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %3) #9
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(24) %3, ptr noundef nonnull align 16 dereferenceable(24) @__const.main.src, i64 24, i1 false)
  %25 = getelementptr inbounds nuw i8, ptr %3, i64 8
  store i64 0, ptr %25, align 8
  br label %43

26:                                               ; preds = %0, %26
  %27 = phi i64 [ 0, %0 ], [ %38, %26 ]
  %28 = getelementptr inbounds nuw [5 x [2 x ptr]], ptr @__const.main.pairs, i64 0, i64 %27
  %29 = load ptr, ptr %28, align 16, !tbaa !8
  %30 = getelementptr inbounds nuw i8, ptr %28, i64 8
  %31 = load ptr, ptr %30, align 8, !tbaa !8
  %32 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %29, ptr noundef nonnull dereferenceable(1) %31) #10
  %33 = ashr i32 %32, 31
  %34 = icmp ne i32 %32, 0
  %35 = zext i1 %34 to i32
  %36 = or i32 %33, %35
  %37 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, ptr noundef nonnull %29, ptr noundef nonnull %31, i32 noundef %36)
  %38 = add nuw nsw i64 %27, 1
  %39 = icmp eq i64 %38, 5
  br i1 %39, label %23, label %26, !llvm.loop !11

40:                                               ; preds = %43
  %41 = call i32 @putchar(i32 10)
  %42 = call noalias dereferenceable_or_null(100) ptr @malloc(i64 noundef 100) #11
  store i8 0, ptr %42, align 1, !tbaa !5
  br label %60

43:                                               ; preds = %23, %43
  %44 = phi i64 [ 0, %23 ], [ %48, %43 ]
  %45 = getelementptr inbounds nuw [6 x i32], ptr %3, i64 0, i64 %44
  %46 = load i32, ptr %45, align 4, !tbaa !14
  %47 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i32 noundef %46)
  %48 = add nuw nsw i64 %44, 1
  %49 = icmp eq i64 %48, 6
  br i1 %49, label %40, label %43, !llvm.loop !16

50:                                               ; preds = %60
  %51 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %42) #10
  %52 = trunc i64 %51 to i32
  %53 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.23, ptr noundef nonnull %42, i32 noundef %52)
  %54 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.24, i32 noundef 16)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %4) #9
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %4, ptr noundef nonnull align 8 dereferenceable(24) @__const.main.s1, i64 24, i1 false)
  %55 = load i32, ptr %4, align 8, !tbaa !17
  %56 = getelementptr inbounds nuw i8, ptr %4, i64 8
  %57 = load double, ptr %56, align 8, !tbaa !20
  %58 = getelementptr inbounds nuw i8, ptr %4, i64 16
  %59 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, i32 noundef %55, double noundef %57, ptr noundef nonnull %58)
  call void @free(ptr noundef %42) #9
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %4) #9
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %3) #9
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #9
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %1) #9
  ret i32 0

60:                                               ; preds = %40, %60
  %61 = phi i32 [ 0, %40 ], [ %69, %60 ]
  %62 = call i64 @strlen(ptr nonnull dereferenceable(1) %42)
  %63 = getelementptr inbounds i8, ptr %42, i64 %62
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(3) %63, ptr noundef nonnull align 1 dereferenceable(3) @.str.20, i64 3, i1 false)
  %64 = and i32 %61, 1
  %65 = icmp eq i32 %64, 0
  %66 = call i64 @strlen(ptr nonnull dereferenceable(1) %42)
  %67 = getelementptr inbounds i8, ptr %42, i64 %66
  %68 = select i1 %65, i16 45, i16 43
  store i16 %68, ptr %67, align 1
  %69 = add nuw nsw i32 %61, 1
  %70 = icmp eq i32 %69, 5
  br i1 %70, label %50, label %60, !llvm.loop !21
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr writeonly captures(none), ptr readonly captures(none), i64, i1 immarg) #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: read)
declare i32 @strcmp(ptr noundef captures(none), ptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #7

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #8

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nofree nounwind }
attributes #9 = { nounwind }
attributes #10 = { nounwind willreturn memory(read) }
attributes #11 = { nounwind allocsize(0) }

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
!8 = !{!9, !9, i64 0}
!9 = !{!"p1 omnipotent char", !10, i64 0}
!10 = !{!"any pointer", !6, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = !{!15, !15, i64 0}
!15 = !{!"int", !6, i64 0}
!16 = distinct !{!16, !12, !13}
!17 = !{!18, !15, i64 0}
!18 = !{!"", !15, i64 0, !19, i64 8, !6, i64 16}
!19 = !{!"double", !6, i64 0}
!20 = !{!18, !19, i64 8}
!21 = distinct !{!21, !12, !13}
