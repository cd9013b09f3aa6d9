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

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %45, %1 ]
  %3 = phi <4 x i32> [ <i32 0, i32 1, i32 2, i32 3>, %0 ], [ %46, %1 ]
  %4 = and <4 x i32> %3, splat (i32 1)
  %5 = icmp eq <4 x i32> %4, zeroinitializer
  %6 = lshr <4 x i32> %3, splat (i32 1)
  %7 = xor <4 x i32> %6, splat (i32 -306674912)
  %8 = select <4 x i1> %5, <4 x i32> %6, <4 x i32> %7
  %9 = and <4 x i32> %8, splat (i32 1)
  %10 = icmp eq <4 x i32> %9, zeroinitializer
  %11 = lshr <4 x i32> %8, splat (i32 1)
  %12 = xor <4 x i32> %11, splat (i32 -306674912)
  %13 = select <4 x i1> %10, <4 x i32> %11, <4 x i32> %12
  %14 = and <4 x i32> %13, splat (i32 1)
  %15 = icmp eq <4 x i32> %14, zeroinitializer
  %16 = lshr <4 x i32> %13, splat (i32 1)
  %17 = xor <4 x i32> %16, splat (i32 -306674912)
  %18 = select <4 x i1> %15, <4 x i32> %16, <4 x i32> %17
  %19 = and <4 x i32> %18, splat (i32 1)
  %20 = icmp eq <4 x i32> %19, zeroinitializer
  %21 = lshr <4 x i32> %18, splat (i32 1)
  %22 = xor <4 x i32> %21, splat (i32 -306674912)
  %23 = select <4 x i1> %20, <4 x i32> %21, <4 x i32> %22
  %24 = and <4 x i32> %23, splat (i32 1)
  %25 = icmp eq <4 x i32> %24, zeroinitializer
  %26 = lshr <4 x i32> %23, splat (i32 1)
  %27 = xor <4 x i32> %26, splat (i32 -306674912)
  %28 = select <4 x i1> %25, <4 x i32> %26, <4 x i32> %27
  %29 = and <4 x i32> %28, splat (i32 1)
  %30 = icmp eq <4 x i32> %29, zeroinitializer
  %31 = lshr <4 x i32> %28, splat (i32 1)
  %32 = xor <4 x i32> %31, splat (i32 -306674912)
  %33 = select <4 x i1> %30, <4 x i32> %31, <4 x i32> %32
  %34 = and <4 x i32> %33, splat (i32 1)
  %35 = icmp eq <4 x i32> %34, zeroinitializer
  %36 = lshr <4 x i32> %33, splat (i32 1)
  %37 = xor <4 x i32> %36, splat (i32 -306674912)
  %38 = select <4 x i1> %35, <4 x i32> %36, <4 x i32> %37
  %39 = and <4 x i32> %38, splat (i32 1)
  %40 = icmp eq <4 x i32> %39, zeroinitializer
  %41 = lshr <4 x i32> %38, splat (i32 1)
  %42 = xor <4 x i32> %41, splat (i32 -306674912)
  %43 = select <4 x i1> %40, <4 x i32> %41, <4 x i32> %42
  %44 = getelementptr inbounds nuw [256 x i32], ptr @table, i64 0, i64 %2
  store <4 x i32> %43, ptr %44, align 16, !tbaa !5
  %45 = add nuw i64 %2, 4
  %46 = add <4 x i32> %3, splat (i32 4)
  %47 = icmp eq i64 %45, 256
  br i1 %47, label %52, label %1, !llvm.loop !9

48:                                               ; preds = %173
  %49 = load i32, ptr getelementptr inbounds nuw (i8, ptr @table, i64 4), align 4, !tbaa !5
  %50 = load i32, ptr getelementptr inbounds nuw (i8, ptr @table, i64 1020), align 4, !tbaa !5
  %51 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %49, i32 noundef %50)
  ret i32 0

52:                                               ; preds = %1, %173
  %53 = phi i64 [ %178, %173 ], [ 0, %1 ]
  %54 = getelementptr inbounds nuw [5 x ptr], ptr @__const.main.inputs, i64 0, i64 %53
  %55 = load ptr, ptr %54, align 8, !tbaa !13
  %56 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %55) #4
  %57 = icmp eq i64 %56, 0
  br i1 %57, label %107, label %58

58:                                               ; preds = %52
  %59 = and i64 %56, 1
  %60 = icmp eq i64 %56, 1
  br i1 %60, label %64, label %61

61:                                               ; preds = %58
  %62 = and i64 %56, -2
  %63 = getelementptr i8, ptr %55, i64 1
  br label %82

64:                                               ; preds = %82, %58
  %65 = phi i32 [ poison, %58 ], [ %103, %82 ]
  %66 = phi i64 [ 0, %58 ], [ %104, %82 ]
  %67 = phi i32 [ -1, %58 ], [ %103, %82 ]
  %68 = icmp eq i64 %59, 0
  br i1 %68, label %79, label %69

69:                                               ; preds = %64
  %70 = getelementptr inbounds nuw i8, ptr %55, i64 %66
  %71 = load i8, ptr %70, align 1, !tbaa !16
  %72 = trunc i32 %67 to i8
  %73 = xor i8 %71, %72
  %74 = zext i8 %73 to i64
  %75 = getelementptr inbounds nuw [256 x i32], ptr @table, i64 0, i64 %74
  %76 = load i32, ptr %75, align 4, !tbaa !5
  %77 = lshr i32 %67, 8
  %78 = xor i32 %76, %77
  br label %79

79:                                               ; preds = %64, %69
  %80 = phi i32 [ %65, %64 ], [ %78, %69 ]
  %81 = xor i32 %80, -1
  br label %107

82:                                               ; preds = %82, %61
  %83 = phi i64 [ 0, %61 ], [ %104, %82 ]
  %84 = phi i32 [ -1, %61 ], [ %103, %82 ]
  %85 = phi i64 [ 0, %61 ], [ %105, %82 ]
  %86 = getelementptr inbounds nuw i8, ptr %55, i64 %83
  %87 = load i8, ptr %86, align 1, !tbaa !16
  %88 = trunc i32 %84 to i8
  %89 = xor i8 %87, %88
  %90 = zext i8 %89 to i64
  %91 = getelementptr inbounds nuw [256 x i32], ptr @table, i64 0, i64 %90
  %92 = load i32, ptr %91, align 4, !tbaa !5
  %93 = lshr i32 %84, 8
  %94 = xor i32 %92, %93
  %95 = getelementptr i8, ptr %63, i64 %83
  %96 = load i8, ptr %95, align 1, !tbaa !16
  %97 = trunc i32 %94 to i8
  %98 = xor i8 %96, %97
  %99 = zext i8 %98 to i64
  %100 = getelementptr inbounds nuw [256 x i32], ptr @table, i64 0, i64 %99
  %101 = load i32, ptr %100, align 4, !tbaa !5
  %102 = lshr i32 %94, 8
  %103 = xor i32 %101, %102
  %104 = add nuw i64 %83, 2
  %105 = add i64 %85, 2
  %106 = icmp eq i64 %105, %62
  br i1 %106, label %64, label %82, !llvm.loop !17

107:                                              ; preds = %52, %79
  %108 = phi i32 [ 0, %52 ], [ %81, %79 ]
  %109 = load i8, ptr %55, align 1, !tbaa !16
  %110 = icmp eq i8 %109, 0
  br i1 %110, label %173, label %111

111:                                              ; preds = %107, %111
  %112 = phi i8 [ %144, %111 ], [ %109, %107 ]
  %113 = phi i32 [ %142, %111 ], [ -1, %107 ]
  %114 = phi ptr [ %143, %111 ], [ %55, %107 ]
  %115 = zext i8 %112 to i32
  %116 = xor i32 %113, %115
  %117 = lshr i32 %116, 1
  %118 = and i32 %116, 1
  %119 = icmp eq i32 %118, 0
  %120 = select i1 %119, i32 0, i32 -306674912
  %121 = xor i32 %120, %117
  %122 = lshr i32 %121, 1
  %123 = and i32 %116, 2
  %124 = icmp eq i32 %123, 0
  %125 = select i1 %124, i32 0, i32 -306674912
  %126 = xor i32 %122, %125
  %127 = lshr i32 %126, 6
  %128 = insertelement <4 x i32> poison, i32 %116, i64 0
  %129 = shufflevector <4 x i32> %128, <4 x i32> poison, <4 x i32> zeroinitializer
  %130 = and <4 x i32> %129, <i32 8, i32 4, i32 16, i32 32>
  %131 = icmp eq <4 x i32> %130, zeroinitializer
  %132 = select <4 x i1> %131, <4 x i32> zeroinitializer, <4 x i32> <i32 249268274, i32 124634137, i32 498536548, i32 997073096>
  %133 = and i32 %121, 32
  %134 = icmp eq i32 %133, 0
  %135 = select i1 %134, i32 0, i32 1994146192
  %136 = and i32 %126, 32
  %137 = icmp eq i32 %136, 0
  %138 = select i1 %137, i32 0, i32 -306674912
  %139 = tail call i32 @llvm.vector.reduce.xor.v4i32(<4 x i32> %132)
  %140 = xor i32 %139, %135
  %141 = xor i32 %138, %127
  %142 = xor i32 %140, %141
  %143 = getelementptr inbounds nuw i8, ptr %114, i64 1
  %144 = load i8, ptr %143, align 1, !tbaa !16
  %145 = icmp eq i8 %144, 0
  br i1 %145, label %146, label %111, !llvm.loop !18

146:                                              ; preds = %111, %146
  %147 = phi i8 [ %157, %146 ], [ %109, %111 ]
  %148 = phi i32 [ %155, %146 ], [ 0, %111 ]
  %149 = phi i32 [ %153, %146 ], [ 1, %111 ]
  %150 = phi ptr [ %156, %146 ], [ %55, %111 ]
  %151 = zext i8 %147 to i32
  %152 = add nuw nsw i32 %149, %151
  %153 = urem i32 %152, 65521
  %154 = add nuw nsw i32 %153, %148
  %155 = urem i32 %154, 65521
  %156 = getelementptr inbounds nuw i8, ptr %150, i64 1
  %157 = load i8, ptr %156, align 1, !tbaa !16
  %158 = icmp eq i8 %157, 0
  br i1 %158, label %159, label %146, !llvm.loop !19

159:                                              ; preds = %146, %159
  %160 = phi i8 [ %167, %159 ], [ %109, %146 ]
  %161 = phi ptr [ %163, %159 ], [ %55, %146 ]
  %162 = phi i64 [ %166, %159 ], [ 5381, %146 ]
  %163 = getelementptr inbounds nuw i8, ptr %161, i64 1
  %164 = mul i64 %162, 33
  %165 = zext i8 %160 to i64
  %166 = add i64 %164, %165
  %167 = load i8, ptr %163, align 1, !tbaa !16
  %168 = icmp eq i8 %167, 0
  br i1 %168, label %169, label %159, !llvm.loop !20

169:                                              ; preds = %159
  %170 = xor i32 %142, -1
  %171 = shl nuw i32 %155, 16
  %172 = or disjoint i32 %171, %153
  br label %173

173:                                              ; preds = %169, %107
  %174 = phi i32 [ 1, %107 ], [ %172, %169 ]
  %175 = phi i32 [ 0, %107 ], [ %170, %169 ]
  %176 = phi i64 [ 5381, %107 ], [ %166, %169 ]
  %177 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, ptr noundef nonnull %55, i32 noundef %108, i32 noundef %175, i32 noundef %174, i64 noundef %176)
  %178 = add nuw nsw i64 %53, 1
  %179 = icmp eq i64 %178, 5
  br i1 %179, label %48, label %52, !llvm.loop !21
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr noundef captures(none)) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.xor.v4i32(<4 x i32>) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nounwind willreturn memory(read) }

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
!9 = distinct !{!9, !10, !11, !12}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.isvectorized", i32 1}
!12 = !{!"llvm.loop.unroll.runtime.disable"}
!13 = !{!14, !14, i64 0}
!14 = !{!"p1 omnipotent char", !15, i64 0}
!15 = !{!"any pointer", !7, i64 0}
!16 = !{!7, !7, i64 0}
!17 = distinct !{!17, !10}
!18 = distinct !{!18, !10}
!19 = distinct !{!19, !10}
!20 = distinct !{!20, !10}
!21 = distinct !{!21, !10}
