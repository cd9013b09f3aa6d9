; ModuleID = 'printf_many.c'
source_filename = "printf_many.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [5 x i8] c"text\00", align 1
@.str.1 = private unnamed_addr constant [33 x i8] c"%d %u %lld %llu %f %f %c %hd %s\0A\00", align 1
@.str.2 = private unnamed_addr constant [34 x i8] c"%g %g %g %g %g %g %g %g %g %g %g\0A\00", align 1
@.str.3 = private unnamed_addr constant [43 x i8] c"%d %g %d %g %d %g %d %g %d %g %d %g %d %g\0A\00", align 1
@.str.4 = private unnamed_addr constant [48 x i8] c"[%5d] [%-5d] [%05d] [%+d] [%x] [%X] [%o] [%#x]\0A\00", align 1
@.str.5 = private unnamed_addr constant [37 x i8] c"[%10.3f] [%-10.2e] [%.0f] [%e] [%G]\0A\00", align 1
@.str.6 = private unnamed_addr constant [37 x i8] c"[%s] [%10s] [%-10s] [%.2s] [%c%c%c]\0A\00", align 1
@.str.7 = private unnamed_addr constant [41 x i8] c"%lld %lld %lld %lld %lld %lld %lld %lld\0A\00", align 1
@.str.8 = private unnamed_addr constant [10 x i8] c"%a %a %a\0A\00", align 1
@.str.9 = private unnamed_addr constant [21 x i8] c"%%literal%% %5.1f%%\0A\00", align 1
@.str.10 = private unnamed_addr constant [10 x i8] c"count me\0A\00", align 1
@.str.11 = private unnamed_addr constant [18 x i8] c"printed %d chars\0A\00", align 1
@.str.12 = private unnamed_addr constant [27 x i8] c"row %d: %d %.2f %s %c %lu\0A\00", align 1
@.str.13 = private unnamed_addr constant [4 x i8] c"odd\00", align 1
@.str.14 = private unnamed_addr constant [5 x i8] c"even\00", align 1
@.str.15 = private unnamed_addr constant [10 x i8] c"puts line\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef -42, i32 noundef -294967296, i64 noundef -1234567890123, i64 noundef -1, double noundef 0x400921FB54442D18, double noundef 2.500000e+00, i32 noundef 90, i32 noundef -1234, ptr noundef nonnull @.str)
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, double noundef 1.000000e+00, double noundef 2.500000e+00, double noundef -3.250000e+00, double noundef 4.000000e+10, double noundef 5.000000e-05, double noundef 6.000000e+00, double noundef 7.125000e+00, double noundef 8.000000e+00, double noundef 9.500000e+00, double noundef 1.000000e+01, double noundef 1.175000e+01)
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 1, double noundef 1.500000e+00, i32 noundef 2, double noundef 2.500000e+00, i32 noundef 3, double noundef 3.500000e+00, i32 noundef 4, double noundef 4.500000e+00, i32 noundef 5, double noundef 5.500000e+00, i32 noundef 6, double noundef 6.500000e+00, i32 noundef 7, double noundef 7.500000e+00)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 42, i32 noundef 42, i32 noundef 42, i32 noundef 42, i32 noundef 255, i32 noundef 255, i32 noundef 8, i32 noundef 255)
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, double noundef 0x400921FB54442D18, double noundef 0x400921FB54442D18, double noundef 2.500000e+00, double noundef 0x40FE240C9FBE76C9, double noundef 1.000000e-10)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull @.str, ptr noundef nonnull @.str, ptr noundef nonnull @.str, ptr noundef nonnull @.str, i32 noundef 97, i32 noundef 98, i32 noundef 99)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i64 noundef 1, i64 noundef -2, i64 noundef 3298534883328, i64 noundef -4, i64 noundef 5, i64 noundef 6, i64 noundef 7, i64 noundef -8)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef 1.000000e+00, double noundef -7.500000e-01, double noundef 9.999880e-321)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, double noundef 9.950000e+01)
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %10)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef 0, i32 noundef 0, double noundef 0.000000e+00, ptr noundef nonnull @.str.14, i32 noundef 120, i64 noundef 0)
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef 1, i32 noundef 1, double noundef 0x3FD5555555555555, ptr noundef nonnull @.str.13, i32 noundef 121, i64 noundef 1000000000)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef 2, i32 noundef 4, double noundef 0x3FE5555555555555, ptr noundef nonnull @.str.14, i32 noundef 122, i64 noundef 2000000000)
  %15 = tail call i32 @puts(ptr noundef nonnull dereferenceable(1) @.str.15)
  %16 = load ptr, ptr @stdout, align 8, !tbaa !5
  %17 = tail call i32 @putc(i32 noundef 33, ptr noundef %16)
  %18 = load ptr, ptr @stdout, align 8, !tbaa !5
  %19 = tail call i32 @putc(i32 noundef 10, ptr noundef %18)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr noundef readonly captures(none)) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare noundef i32 @putc(i32 noundef, ptr noundef captures(none)) local_unnamed_addr #1

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"p1 _ZTS8_IO_FILE", !7, i64 0}
!7 = !{!"any pointer", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
