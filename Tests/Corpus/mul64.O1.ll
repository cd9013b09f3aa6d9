; ModuleID = 'mul64.c'
source_filename = "mul64.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [27 x i8] c"max*max = %016llx %016llx\0A\00", align 1
@.str.1 = private unnamed_addr constant [27 x i8] c"a*b     = %016llx %016llx\0A\00", align 1
@.str.2 = private unnamed_addr constant [12 x i8] c"20! = %lld\0A\00", align 1
@.str.3 = private unnamed_addr constant [21 x i8] c"wrap product = %llu\0A\00", align 1
@__const.main.nums = private unnamed_addr constant [4 x i64] [i64 9223372036854775807, i64 -9223372036854775807, i64 1000000007, i64 -3], align 16
@__const.main.dens = private unnamed_addr constant [4 x i64] [i64 3, i64 -7, i64 1000, i64 2], align 16
@.str.4 = private unnamed_addr constant [16 x i8] c"%lld/%lld=%lld \00", align 1
@.str.6 = private unnamed_addr constant [22 x i8] c"udiv: %llu %llu %llu\0A\00", align 1
@.str.7 = private unnamed_addr constant [31 x i8] c"by const: %llu %llu %llu %lld\0A\00", align 1
@.str.8 = private unnamed_addr constant [21 x i8] c"widening: %lld %llu\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef -2, i64 noundef 1)
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef 5101321817914740, i64 noundef 2459930256624457935)
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i64 noundef 2432902008176640000)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef -9098877909989557359)
  br label %5

5:                                                ; preds = %0, %14
  %6 = phi i64 [ 0, %0 ], [ %15, %14 ]
  %7 = getelementptr inbounds nuw [4 x i64], ptr @__const.main.nums, i64 0, i64 %6
  %8 = load i64, ptr %7, align 8, !tbaa !5
  br label %17

9:                                                ; preds = %14
  %10 = tail call i32 @putchar(i32 10)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i64 noundef 6148914691236517205, i64 noundef 2147483648, i64 noundef 0)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i64 noundef 1604569098450309804, i64 noundef 46, i64 noundef 244837814094590, i64 noundef -343007584172350510)
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i64 noundef -4000000000000000000, i64 noundef -2446744073709551616)
  ret i32 0

14:                                               ; preds = %17
  %15 = add nuw nsw i64 %6, 1
  %16 = icmp eq i64 %15, 4
  br i1 %16, label %9, label %5, !llvm.loop !9

17:                                               ; preds = %5, %17
  %18 = phi i64 [ 0, %5 ], [ %23, %17 ]
  %19 = getelementptr inbounds nuw [4 x i64], ptr @__const.main.dens, i64 0, i64 %18
  %20 = load i64, ptr %19, align 8, !tbaa !5
  %21 = sdiv i64 %8, %20
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i64 noundef %8, i64 noundef %20, i64 noundef %21)
  %23 = add nuw nsw i64 %18, 1
  %24 = icmp eq i64 %23, 4
  br i1 %24, label %14, label %17, !llvm.loop !12
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #2

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind }

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
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = distinct !{!12, !10, !11}
