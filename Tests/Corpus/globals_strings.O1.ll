; ModuleID = 'globals_strings.c'
source_filename = "globals_strings.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Config = type { ptr, i32, double }

@counter = dso_local global i32 5, align 4
@big_global = dso_local local_unnamed_addr global i64 -77, align 8
@gdoubles = dso_local local_unnamed_addr global [4 x double] [double 1.500000e+00, double 2.500000e+00, double 3.500000e+00, double 0.000000e+00], align 16
@.str = private unnamed_addr constant [4 x i8] c"red\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"green\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"blue\00", align 1
@colors = dso_local local_unnamed_addr constant [3 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2], align 16
@message = dso_local global [32 x i8] c"hello\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00", align 16
@gptr = dso_local local_unnamed_addr global ptr @counter, align 8
@squares = internal unnamed_addr global [10 x i32] zeroinitializer, align 16
@primes = internal unnamed_addr constant [10 x i16] [i16 2, i16 3, i16 5, i16 7, i16 11, i16 13, i16 17, i16 19, i16 23, i16 29], align 16
@.str.3 = private unnamed_addr constant [14 x i8] c"weighted: %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [21 x i8] c"counter=%d big=%lld\0A\00", align 1
@.str.5 = private unnamed_addr constant [23 x i8] c"gdoubles: %g %g %g %g\0A\00", align 1
@.str.6 = private unnamed_addr constant [19 x i8] c"color %d: %s (%d)\0A\00", align 1
@.str.8 = private unnamed_addr constant [17 x i8] c"%s [%d] %s [%d]\0A\00", align 1
@greeting = internal constant [13 x i8] c"good morning\00", align 1
@.str.9 = private unnamed_addr constant [7 x i8] c"id %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [12 x i8] c"%s %d %.3f\0A\00", align 1
@.str.11 = private unnamed_addr constant [13 x i8] c"changed: %d\0A\00", align 1
@__const.main.days = private unnamed_addr constant [11 x i32] [i32 1, i32 2, i32 3, i32 4, i32 11, i32 12, i32 13, i32 21, i32 22, i32 23, i32 31], align 16
@.str.12 = private unnamed_addr constant [4 x i8] c"%s \00", align 1
@.str.14 = private unnamed_addr constant [14 x i8] c"literalconcat\00", align 1
@.str.15 = private unnamed_addr constant [10 x i8] c"%s %c %d\0A\00", align 1
@next_id.id = internal unnamed_addr global i32 100, align 4
@.str.17 = private unnamed_addr constant [4 x i8] c"low\00", align 1
@.str.18 = private unnamed_addr constant [4 x i8] c"mid\00", align 1
@.str.19 = private unnamed_addr constant [5 x i8] c"high\00", align 1
@configs = internal unnamed_addr global [3 x { ptr, i32, [4 x i8], double }] [{ ptr, i32, [4 x i8], double } { ptr @.str.17, i32 1, [4 x i8] zeroinitializer, double 2.500000e-01 }, { ptr, i32, [4 x i8], double } { ptr @.str.18, i32 5, [4 x i8] zeroinitializer, double 5.000000e-01 }, { ptr, i32, [4 x i8], double } { ptr @.str.19, i32 9, [4 x i8] zeroinitializer, double 8.750000e-01 }], align 16
@ordinal.buf = internal global [16 x i8] zeroinitializer, align 16
@.str.21 = private unnamed_addr constant [3 x i8] c"st\00", align 1
@.str.22 = private unnamed_addr constant [3 x i8] c"nd\00", align 1
@.str.23 = private unnamed_addr constant [3 x i8] c"rd\00", align 1
@.str.24 = private unnamed_addr constant [3 x i8] c"th\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %1
  %2 = phi i64 [ 0, %0 ], [ %6, %1 ]
  %3 = mul nuw nsw i64 %2, %2
  %4 = getelementptr inbounds nuw [10 x i32], ptr @squares, i64 0, i64 %2
  %5 = trunc nuw i64 %3 to i32
  store i32 %5, ptr %4, align 4, !tbaa !5
  %6 = add nuw nsw i64 %2, 1
  %7 = icmp eq i64 %6, 10
  br i1 %7, label %23, label %1, !llvm.loop !9

8:                                                ; preds = %23
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %32)
  %10 = load ptr, ptr @gptr, align 8, !tbaa !12
  %11 = load i32, ptr %10, align 4, !tbaa !5
  %12 = add nsw i32 %11, 10
  store i32 %12, ptr %10, align 4, !tbaa !5
  %13 = load i32, ptr @counter, align 4, !tbaa !5
  %14 = sext i32 %13 to i64
  %15 = load i64, ptr @big_global, align 8, !tbaa !15
  %16 = mul nsw i64 %15, %14
  store i64 %16, ptr @big_global, align 8, !tbaa !15
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %13, i64 noundef %16)
  %18 = load double, ptr @gdoubles, align 16, !tbaa !17
  %19 = load double, ptr getelementptr inbounds nuw (i8, ptr @gdoubles, i64 16), align 16, !tbaa !17
  %20 = fadd double %18, %19
  store double %20, ptr getelementptr inbounds nuw (i8, ptr @gdoubles, i64 24), align 8, !tbaa !17
  %21 = load double, ptr getelementptr inbounds nuw (i8, ptr @gdoubles, i64 8), align 8, !tbaa !17
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, double noundef %18, double noundef %21, double noundef %19, double noundef %20)
  br label %41

23:                                               ; preds = %1, %23
  %24 = phi i64 [ %33, %23 ], [ 0, %1 ]
  %25 = phi i32 [ %32, %23 ], [ 0, %1 ]
  %26 = getelementptr inbounds nuw [10 x i32], ptr @squares, i64 0, i64 %24
  %27 = load i32, ptr %26, align 4, !tbaa !5
  %28 = getelementptr inbounds nuw [10 x i16], ptr @primes, i64 0, i64 %24
  %29 = load i16, ptr %28, align 2, !tbaa !19
  %30 = zext i16 %29 to i32
  %31 = mul nsw i32 %27, %30
  %32 = add nsw i32 %31, %25
  %33 = add nuw nsw i64 %24, 1
  %34 = icmp eq i64 %33, 10
  br i1 %34, label %8, label %23, !llvm.loop !21

35:                                               ; preds = %41
  %36 = tail call i64 @strlen(ptr nonnull dereferenceable(1) @message)
  %37 = getelementptr inbounds i8, ptr @message, i64 %36
  store i64 28266736423215148, ptr %37, align 1
  %38 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) @message) #5
  %39 = trunc i64 %38 to i32
  %40 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef nonnull @message, i32 noundef %39, ptr noundef nonnull @greeting, i32 noundef 13)
  br label %51

41:                                               ; preds = %8, %41
  %42 = phi i64 [ 0, %8 ], [ %49, %41 ]
  %43 = getelementptr inbounds nuw [3 x ptr], ptr @colors, i64 0, i64 %42
  %44 = load ptr, ptr %43, align 8, !tbaa !22
  %45 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %44) #5
  %46 = trunc i64 %45 to i32
  %47 = trunc nuw nsw i64 %42 to i32
  %48 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %47, ptr noundef nonnull %44, i32 noundef %46)
  %49 = add nuw nsw i64 %42, 1
  %50 = icmp eq i64 %49, 3
  br i1 %50, label %35, label %41, !llvm.loop !24

51:                                               ; preds = %35, %51
  %52 = phi i32 [ 0, %35 ], [ %56, %51 ]
  %53 = load i32, ptr @next_id.id, align 4, !tbaa !5
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr @next_id.id, align 4, !tbaa !5
  %55 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %53)
  %56 = add nuw nsw i32 %52, 1
  %57 = icmp eq i32 %56, 3
  br i1 %57, label %60, label %51, !llvm.loop !25

58:                                               ; preds = %60
  store i32 6, ptr getelementptr inbounds nuw (i8, ptr @configs, i64 32), align 16, !tbaa !26
  %59 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef 6)
  br label %74

60:                                               ; preds = %51, %60
  %61 = phi i64 [ %69, %60 ], [ 0, %51 ]
  %62 = getelementptr inbounds nuw [3 x %struct.Config], ptr @configs, i64 0, i64 %61
  %63 = load ptr, ptr %62, align 8, !tbaa !28
  %64 = getelementptr inbounds nuw i8, ptr %62, i64 8
  %65 = load i32, ptr %64, align 8, !tbaa !26
  %66 = getelementptr inbounds nuw i8, ptr %62, i64 16
  %67 = load double, ptr %66, align 8, !tbaa !29
  %68 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef %63, i32 noundef %65, double noundef %67)
  %69 = add nuw nsw i64 %61, 1
  %70 = icmp eq i64 %69, 3
  br i1 %70, label %58, label %60, !llvm.loop !30

71:                                               ; preds = %92
  %72 = tail call i32 @putchar(i32 10)
  %73 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, ptr noundef nonnull @.str.14, i32 noundef 99, i32 noundef 98)
  ret i32 0

74:                                               ; preds = %58, %92
  %75 = phi i64 [ 0, %58 ], [ %101, %92 ]
  %76 = getelementptr inbounds nuw [11 x i32], ptr @__const.main.days, i64 0, i64 %75
  %77 = load i32, ptr %76, align 4, !tbaa !5
  %78 = srem i32 %77, 10
  %79 = sdiv i32 %77, 10
  %80 = icmp eq i32 %78, 1
  %81 = icmp ne i64 %75, 4
  %82 = and i1 %81, %80
  br i1 %82, label %92, label %83

83:                                               ; preds = %74
  %84 = icmp eq i32 %78, 2
  %85 = icmp ne i64 %75, 5
  %86 = and i1 %85, %84
  br i1 %86, label %92, label %87

87:                                               ; preds = %83
  %88 = icmp eq i32 %78, 3
  %89 = icmp ne i64 %75, 6
  %90 = and i1 %89, %88
  %91 = select i1 %90, ptr @.str.23, ptr @.str.24
  br label %92

92:                                               ; preds = %74, %83, %87
  %93 = phi ptr [ @.str.21, %74 ], [ %91, %87 ], [ @.str.22, %83 ]
  %94 = trunc i32 %79 to i8
  %95 = add i8 %94, 48
  store i8 %95, ptr @ordinal.buf, align 16, !tbaa !31
  %96 = trunc nsw i32 %78 to i8
  %97 = add nsw i8 %96, 48
  store i8 %97, ptr getelementptr inbounds nuw (i8, ptr @ordinal.buf, i64 1), align 1, !tbaa !31
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 2 dereferenceable(3) getelementptr inbounds nuw (i8, ptr @ordinal.buf, i64 2), ptr noundef nonnull align 1 dereferenceable(3) %93, i64 3, i1 false) #6
  %98 = icmp eq i8 %94, 0
  %99 = select i1 %98, ptr getelementptr inbounds nuw (i8, ptr @ordinal.buf, i64 1), ptr @ordinal.buf
  %100 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef nonnull %99)
  %101 = add nuw nsw i64 %75, 1
  %102 = icmp eq i64 %101, 11
  br i1 %102, label %71, label %74, !llvm.loop !32
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr noundef captures(none)) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nofree nounwind }
attributes #5 = { nounwind willreturn memory(read) }
attributes #6 = { nounwind }

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
!13 = !{!"p1 int", !14, i64 0}
!14 = !{!"any pointer", !7, i64 0}
!15 = !{!16, !16, i64 0}
!16 = !{!"long long", !7, i64 0}
!17 = !{!18, !18, i64 0}
!18 = !{!"double", !7, i64 0}
!19 = !{!20, !20, i64 0}
!20 = !{!"short", !7, i64 0}
!21 = distinct !{!21, !10, !11}
!22 = !{!23, !23, i64 0}
!23 = !{!"p1 omnipotent char", !14, i64 0}
!24 = distinct !{!24, !10, !11}
!25 = distinct !{!25, !10, !11}
!26 = !{!27, !6, i64 8}
!27 = !{!"Config", !23, i64 0, !6, i64 8, !18, i64 16}
!28 = !{!27, !23, i64 0}
!29 = !{!27, !18, i64 16}
!30 = distinct !{!30, !10, !11}
!31 = !{!7, !7, i64 0}
!32 = distinct !{!32, !10, !11}
