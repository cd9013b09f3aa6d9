; ModuleID = 'globals_strings.c'
source_filename = "globals_strings.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@counter = dso_local global i32 5, align 4
@big_global = dso_local local_unnamed_addr global i64 -77, align 8
@gdoubles = dso_local local_unnamed_addr global [4 x double] [double 1.500000e+00, double 2.500000e+00, double 3.500000e+00, double 0.000000e+00], align 16
@.str = private unnamed_addr constant [4 x i8] c"red\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"green\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"blue\00", align 1
@colors = dso_local local_unnamed_addr constant [3 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2], align 16
@message = dso_local global [32 x i8] c"hello\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00", align 16
@gptr = dso_local local_unnamed_addr global ptr @counter, align 8
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
@configs.4 = internal unnamed_addr global i1 false, align 16
@ordinal.buf = internal global [16 x i8] zeroinitializer, align 16
@.str.21 = private unnamed_addr constant [3 x i8] c"st\00", align 1
@.str.22 = private unnamed_addr constant [3 x i8] c"nd\00", align 1
@.str.23 = private unnamed_addr constant [3 x i8] c"rd\00", align 1
@.str.24 = private unnamed_addr constant [3 x i8] c"th\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 5951)
  %2 = load ptr, ptr @gptr, align 8, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !10
  %4 = add nsw i32 %3, 10
  store i32 %4, ptr %2, align 4, !tbaa !10
  %5 = load i32, ptr @counter, align 4, !tbaa !10
  %6 = sext i32 %5 to i64
  %7 = load i64, ptr @big_global, align 8, !tbaa !12
  %8 = mul nsw i64 %7, %6
  store i64 %8, ptr @big_global, align 8, !tbaa !12
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %5, i64 noundef %8)
  %10 = load double, ptr @gdoubles, align 16, !tbaa !14
  %11 = load double, ptr getelementptr inbounds nuw (i8, ptr @gdoubles, i64 16), align 16, !tbaa !14
  %12 = fadd double %10, %11
  store double %12, ptr getelementptr inbounds nuw (i8, ptr @gdoubles, i64 24), align 8, !tbaa !14
  %13 = load double, ptr getelementptr inbounds nuw (i8, ptr @gdoubles, i64 8), align 8, !tbaa !14
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, double noundef %10, double noundef %13, double noundef %11, double noundef %12)
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef 0, ptr noundef nonnull @.str, i32 noundef 3)
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef 1, ptr noundef nonnull @.str.1, i32 noundef 5)
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef 2, ptr noundef nonnull @.str.2, i32 noundef 4)
  %18 = tail call i64 @strlen(ptr nonnull dereferenceable(1) @message)
  %19 = getelementptr inbounds i8, ptr @message, i64 %18
  store i64 28266736423215148, ptr %19, align 1
  %20 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) @message) #5
  %21 = trunc i64 %20 to i32
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef nonnull @message, i32 noundef %21, ptr noundef nonnull @greeting, i32 noundef 13)
  %23 = load i32, ptr @next_id.id, align 4, !tbaa !10
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr @next_id.id, align 4, !tbaa !10
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %23)
  %26 = load i32, ptr @next_id.id, align 4, !tbaa !10
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr @next_id.id, align 4, !tbaa !10
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %26)
  %29 = load i32, ptr @next_id.id, align 4, !tbaa !10
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr @next_id.id, align 4, !tbaa !10
  %31 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %29)
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef nonnull @.str.17, i32 noundef 1, double noundef 2.500000e-01)
  %33 = load i1, ptr @configs.4, align 16
  %34 = select i1 %33, i32 6, i32 5
  %35 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef nonnull @.str.18, i32 noundef %34, double noundef 5.000000e-01)
  %36 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef nonnull @.str.19, i32 noundef 9, double noundef 8.750000e-01)
  store i1 true, ptr @configs.4, align 16
  %37 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef 6)
  br label %41

38:                                               ; preds = %59
  %39 = tail call i32 @putchar(i32 10)
  %40 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, ptr noundef nonnull @.str.14, i32 noundef 99, i32 noundef 98)
  ret i32 0

41:                                               ; preds = %0, %59
  %42 = phi i64 [ 0, %0 ], [ %68, %59 ]
  %43 = getelementptr inbounds nuw [11 x i32], ptr @__const.main.days, i64 0, i64 %42
  %44 = load i32, ptr %43, align 4, !tbaa !10
  %45 = srem i32 %44, 10
  %46 = sdiv i32 %44, 10
  %47 = icmp eq i32 %45, 1
  %48 = icmp ne i64 %42, 4
  %49 = and i1 %48, %47
  br i1 %49, label %59, label %50

50:                                               ; preds = %41
  %51 = icmp eq i32 %45, 2
  %52 = icmp ne i64 %42, 5
  %53 = and i1 %52, %51
  br i1 %53, label %59, label %54

54:                                               ; preds = %50
  %55 = icmp eq i32 %45, 3
  %56 = icmp ne i64 %42, 6
  %57 = and i1 %56, %55
  %58 = select i1 %57, ptr @.str.23, ptr @.str.24
  br label %59

59:                                               ; preds = %41, %50, %54
  %60 = phi ptr [ @.str.21, %41 ], [ %58, %54 ], [ @.str.22, %50 ]
  %61 = trunc i32 %46 to i8
  %62 = add i8 %61, 48
  store i8 %62, ptr @ordinal.buf, align 16, !tbaa !16
  %63 = trunc nsw i32 %45 to i8
  %64 = add nsw i8 %63, 48
  store i8 %64, ptr getelementptr inbounds nuw (i8, ptr @ordinal.buf, i64 1), align 1, !tbaa !16
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 2 dereferenceable(3) getelementptr inbounds nuw (i8, ptr @ordinal.buf, i64 2), ptr noundef nonnull align 1 dereferenceable(3) %60, i64 3, i1 false) #6
  %65 = icmp eq i8 %61, 0
  %66 = select i1 %65, ptr getelementptr inbounds nuw (i8, ptr @ordinal.buf, i64 1), ptr @ordinal.buf
  %67 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef nonnull %66)
  %68 = add nuw nsw i64 %42, 1
  %69 = icmp eq i64 %68, 11
  br i1 %69, label %38, label %41, !llvm.loop !17
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
!6 = !{!"p1 int", !7, i64 0}
!7 = !{!"any pointer", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!11, !11, i64 0}
!11 = !{!"int", !8, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"long long", !8, i64 0}
!14 = !{!15, !15, i64 0}
!15 = !{!"double", !8, i64 0}
!16 = !{!8, !8, i64 0}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.mustprogress"}
