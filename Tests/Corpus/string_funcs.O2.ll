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
@.str.16 = private unnamed_addr constant [18 x i8] c"strcmp(%s,%s)=%d\0A\00", align 1
@.str.17 = private unnamed_addr constant [18 x i8] c"memcmp: %d %d %d\0A\00", align 1
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
  %3 = alloca %struct.anon, align 8
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %1) #9
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(64) %1, i8 120, i64 64, i1 false)
  %4 = getelementptr inbounds nuw i8, ptr %1, i64 10
  store i8 0, ptr %4, align 2, !tbaa !5
  %5 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #10
  %6 = trunc i64 %5 to i32
  %7 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull %1, i32 noundef %6)
  store i32 6513249, ptr %1, align 16
  %8 = call i64 @strlen(ptr nonnull dereferenceable(1) %1)
  %9 = getelementptr inbounds i8, ptr %1, i64 %8
  store i32 6710628, ptr %9, align 1
  %10 = call i64 @strlen(ptr nonnull dereferenceable(1) %1)
  %11 = getelementptr inbounds i8, ptr %1, i64 %10
  store i32 6908007, ptr %11, align 1
  %12 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #10
  %13 = trunc i64 %12 to i32
  %14 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef nonnull %1, i32 noundef %13)
  %15 = getelementptr inbounds nuw i8, ptr %1, i64 2
  call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 2 dereferenceable(7) %15, ptr noundef nonnull align 16 dereferenceable(7) %1, i64 7, i1 false)
  %16 = getelementptr inbounds nuw i8, ptr %1, i64 9
  store i8 0, ptr %16, align 1, !tbaa !5
  %17 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, ptr noundef nonnull %1)
  %18 = getelementptr inbounds nuw i8, ptr %1, i64 3
  call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(6) %1, ptr noundef nonnull align 1 dereferenceable(6) %18, i64 6, i1 false)
  %19 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull %1)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #9
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(7) %2, ptr noundef nonnull align 1 dereferenceable(12) @.str.7, i64 noundef 7, i1 false) #9
  %20 = getelementptr inbounds nuw i8, ptr %2, i64 7
  store i8 0, ptr %20, align 1, !tbaa !5
  %21 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef nonnull %2)
  %22 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, ptr noundef nonnull @.str.9, ptr noundef nonnull @.str.9, i32 noundef 0)
  %23 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, ptr noundef nonnull @.str.9, ptr noundef nonnull @.str.10, i32 noundef -1)
  %24 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, ptr noundef nonnull @.str.11, ptr noundef nonnull @.str.12, i32 noundef 1)
  %25 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, ptr noundef nonnull @.str.13, ptr noundef nonnull @.str.14, i32 noundef -1)
  %26 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, ptr noundef nonnull @.str.15, ptr noundef nonnull @.str.9, i32 noundef -1)
  %27 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, i32 noundef 0, i32 noundef -1, i32 noundef 1)
  %28 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i32 noundef 10)
  %29 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i32 noundef 20)
  %30 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i32 noundef 0)
  %31 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i32 noundef 0)
  %32 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i32 noundef 50)
  %33 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i32 noundef 60)
  %34 = call i32 @putchar(i32 10)
  %35 = call noalias dereferenceable_or_null(100) ptr @malloc(i64 noundef 100) #11
  store i8 0, ptr %35, align 1, !tbaa !5
  %36 = call i64 @strlen(ptr nonnull dereferenceable(1) %35)
  %37 = getelementptr inbounds i8, ptr %35, i64 %36
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(3) %37, ptr noundef nonnull align 1 dereferenceable(3) @.str.20, i64 3, i1 false)
  %38 = call i64 @strlen(ptr nonnull dereferenceable(1) %35)
  %39 = getelementptr inbounds i8, ptr %35, i64 %38
  store i16 45, ptr %39, align 1
  %40 = call i64 @strlen(ptr nonnull dereferenceable(1) %35)
  %41 = getelementptr inbounds i8, ptr %35, i64 %40
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(3) %41, ptr noundef nonnull align 1 dereferenceable(3) @.str.20, i64 3, i1 false)
  %42 = call i64 @strlen(ptr nonnull dereferenceable(1) %35)
  %43 = getelementptr inbounds i8, ptr %35, i64 %42
  store i16 43, ptr %43, align 1
  %44 = call i64 @strlen(ptr nonnull dereferenceable(1) %35)
  %45 = getelementptr inbounds i8, ptr %35, i64 %44
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(3) %45, ptr noundef nonnull align 1 dereferenceable(3) @.str.20, i64 3, i1 false)
  %46 = call i64 @strlen(ptr nonnull dereferenceable(1) %35)
  %47 = getelementptr inbounds i8, ptr %35, i64 %46
  store i16 45, ptr %47, align 1
  %48 = call i64 @strlen(ptr nonnull dereferenceable(1) %35)
  %49 = getelementptr inbounds i8, ptr %35, i64 %48
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(3) %49, ptr noundef nonnull align 1 dereferenceable(3) @.str.20, i64 3, i1 false)
  %50 = call i64 @strlen(ptr nonnull dereferenceable(1) %35)
  %51 = getelementptr inbounds i8, ptr %35, i64 %50
  store i16 43, ptr %51, align 1
  %52 = call i64 @strlen(ptr nonnull dereferenceable(1) %35)
  %53 = getelementptr inbounds i8, ptr %35, i64 %52
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(3) %53, ptr noundef nonnull align 1 dereferenceable(3) @.str.20, i64 3, i1 false)
  %54 = call i64 @strlen(ptr nonnull dereferenceable(1) %35)
  %55 = getelementptr inbounds i8, ptr %35, i64 %54
  store i16 45, ptr %55, align 1
  %56 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %35) #10
  %57 = trunc i64 %56 to i32
  %58 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.23, ptr noundef nonnull %35, i32 noundef %57)
  %59 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.24, i32 noundef 16)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %3) #9
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %3, ptr noundef nonnull align 8 dereferenceable(24) @__const.main.s1, i64 24, i1 false)
  %60 = getelementptr inbounds nuw i8, ptr %3, i64 16
  %61 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, i32 noundef 1, double noundef 2.000000e+00, ptr noundef nonnull %60)
  call void @free(ptr noundef %35) #9
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %3) #9
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #9
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %1) #9
  ret i32 0
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
