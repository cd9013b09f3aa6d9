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
  %3 = trunc nuw nsw i64 %2 to i32
  %4 = and i32 %3, 1
  %5 = icmp eq i32 %4, 0
  %6 = lshr i32 %3, 1
  %7 = xor i32 %6, -306674912
  %8 = select i1 %5, i32 %6, i32 %7
  %9 = and i32 %8, 1
  %10 = icmp eq i32 %9, 0
  %11 = lshr i32 %8, 1
  %12 = xor i32 %11, -306674912
  %13 = select i1 %10, i32 %11, i32 %12
  %14 = and i32 %13, 1
  %15 = icmp eq i32 %14, 0
  %16 = lshr i32 %13, 1
  %17 = xor i32 %16, -306674912
  %18 = select i1 %15, i32 %16, i32 %17
  %19 = and i32 %18, 1
  %20 = icmp eq i32 %19, 0
  %21 = lshr i32 %18, 1
  %22 = xor i32 %21, -306674912
  %23 = select i1 %20, i32 %21, i32 %22
  %24 = and i32 %23, 1
  %25 = icmp eq i32 %24, 0
  %26 = lshr i32 %23, 1
  %27 = xor i32 %26, -306674912
  %28 = select i1 %25, i32 %26, i32 %27
  %29 = and i32 %28, 1
  %30 = icmp eq i32 %29, 0
  %31 = lshr i32 %28, 1
  %32 = xor i32 %31, -306674912
  %33 = select i1 %30, i32 %31, i32 %32
  %34 = and i32 %33, 1
  %35 = icmp eq i32 %34, 0
  %36 = lshr i32 %33, 1
  %37 = xor i32 %36, -306674912
  %38 = select i1 %35, i32 %36, i32 %37
  %39 = and i32 %38, 1
  %40 = icmp eq i32 %39, 0
  %41 = lshr i32 %38, 1
  %42 = xor i32 %41, -306674912
  %43 = select i1 %40, i32 %41, i32 %42
  %44 = getelementptr inbounds nuw [256 x i32], ptr @table, i64 0, i64 %2
  store i32 %43, ptr %44, align 4, !tbaa !5
  %45 = add nuw nsw i64 %2, 1
  %46 = icmp eq i64 %45, 256
  br i1 %46, label %51, label %1, !llvm.loop !9

47:                                               ; preds = %181
  %48 = load i32, ptr getelementptr inbounds nuw (i8, ptr @table, i64 4), align 4, !tbaa !5
  %49 = load i32, ptr getelementptr inbounds nuw (i8, ptr @table, i64 1020), align 4, !tbaa !5
  %50 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %48, i32 noundef %49)
  ret i32 0

51:                                               ; preds = %1, %181
  %52 = phi i64 [ %186, %181 ], [ 0, %1 ]
  %53 = getelementptr inbounds nuw [5 x ptr], ptr @__const.main.inputs, i64 0, i64 %52
  %54 = load ptr, ptr %53, align 8, !tbaa !11
  %55 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %54) #3
  %56 = icmp eq i64 %55, 0
  br i1 %56, label %106, label %57

57:                                               ; preds = %51
  %58 = and i64 %55, 1
  %59 = icmp eq i64 %55, 1
  br i1 %59, label %63, label %60

60:                                               ; preds = %57
  %61 = and i64 %55, -2
  %62 = getelementptr i8, ptr %54, i64 1
  br label %81

63:                                               ; preds = %81, %57
  %64 = phi i32 [ poison, %57 ], [ %102, %81 ]
  %65 = phi i64 [ 0, %57 ], [ %103, %81 ]
  %66 = phi i32 [ -1, %57 ], [ %102, %81 ]
  %67 = icmp eq i64 %58, 0
  br i1 %67, label %78, label %68

68:                                               ; preds = %63
  %69 = getelementptr inbounds nuw i8, ptr %54, i64 %65
  %70 = load i8, ptr %69, align 1, !tbaa !14
  %71 = trunc i32 %66 to i8
  %72 = xor i8 %70, %71
  %73 = zext i8 %72 to i64
  %74 = getelementptr inbounds nuw [256 x i32], ptr @table, i64 0, i64 %73
  %75 = load i32, ptr %74, align 4, !tbaa !5
  %76 = lshr i32 %66, 8
  %77 = xor i32 %75, %76
  br label %78

78:                                               ; preds = %63, %68
  %79 = phi i32 [ %64, %63 ], [ %77, %68 ]
  %80 = xor i32 %79, -1
  br label %106

81:                                               ; preds = %81, %60
  %82 = phi i64 [ 0, %60 ], [ %103, %81 ]
  %83 = phi i32 [ -1, %60 ], [ %102, %81 ]
  %84 = phi i64 [ 0, %60 ], [ %104, %81 ]
  %85 = getelementptr inbounds nuw i8, ptr %54, i64 %82
  %86 = load i8, ptr %85, align 1, !tbaa !14
  %87 = trunc i32 %83 to i8
  %88 = xor i8 %86, %87
  %89 = zext i8 %88 to i64
  %90 = getelementptr inbounds nuw [256 x i32], ptr @table, i64 0, i64 %89
  %91 = load i32, ptr %90, align 4, !tbaa !5
  %92 = lshr i32 %83, 8
  %93 = xor i32 %91, %92
  %94 = getelementptr i8, ptr %62, i64 %82
  %95 = load i8, ptr %94, align 1, !tbaa !14
  %96 = trunc i32 %93 to i8
  %97 = xor i8 %95, %96
  %98 = zext i8 %97 to i64
  %99 = getelementptr inbounds nuw [256 x i32], ptr @table, i64 0, i64 %98
  %100 = load i32, ptr %99, align 4, !tbaa !5
  %101 = lshr i32 %93, 8
  %102 = xor i32 %100, %101
  %103 = add nuw i64 %82, 2
  %104 = add i64 %84, 2
  %105 = icmp eq i64 %104, %61
  br i1 %105, label %63, label %81, !llvm.loop !15

106:                                              ; preds = %51, %78
  %107 = phi i32 [ 0, %51 ], [ %80, %78 ]
  %108 = load i8, ptr %54, align 1, !tbaa !14
  %109 = icmp eq i8 %108, 0
  br i1 %109, label %181, label %110

110:                                              ; preds = %106, %110
  %111 = phi i8 [ %152, %110 ], [ %108, %106 ]
  %112 = phi i32 [ %150, %110 ], [ -1, %106 ]
  %113 = phi ptr [ %151, %110 ], [ %54, %106 ]
  %114 = zext i8 %111 to i32
  %115 = xor i32 %112, %114
  %116 = lshr i32 %115, 1
  %117 = and i32 %115, 1
  %118 = icmp eq i32 %117, 0
  %119 = select i1 %118, i32 0, i32 -306674912
  %120 = xor i32 %119, %116
  %121 = lshr i32 %120, 1
  %122 = and i32 %115, 2
  %123 = icmp eq i32 %122, 0
  %124 = select i1 %123, i32 0, i32 -306674912
  %125 = xor i32 %121, %124
  %126 = lshr i32 %125, 6
  %127 = and i32 %115, 4
  %128 = icmp eq i32 %127, 0
  %129 = select i1 %128, i32 0, i32 124634137
  %130 = and i32 %115, 8
  %131 = icmp eq i32 %130, 0
  %132 = select i1 %131, i32 0, i32 249268274
  %133 = and i32 %115, 16
  %134 = icmp eq i32 %133, 0
  %135 = select i1 %134, i32 0, i32 498536548
  %136 = and i32 %115, 32
  %137 = icmp eq i32 %136, 0
  %138 = select i1 %137, i32 0, i32 997073096
  %139 = and i32 %120, 32
  %140 = icmp eq i32 %139, 0
  %141 = select i1 %140, i32 0, i32 1994146192
  %142 = and i32 %125, 32
  %143 = icmp eq i32 %142, 0
  %144 = select i1 %143, i32 0, i32 -306674912
  %145 = xor i32 %132, %129
  %146 = xor i32 %145, %135
  %147 = xor i32 %146, %138
  %148 = xor i32 %147, %126
  %149 = xor i32 %148, %141
  %150 = xor i32 %149, %144
  %151 = getelementptr inbounds nuw i8, ptr %113, i64 1
  %152 = load i8, ptr %151, align 1, !tbaa !14
  %153 = icmp eq i8 %152, 0
  br i1 %153, label %154, label %110, !llvm.loop !16

154:                                              ; preds = %110, %154
  %155 = phi i8 [ %165, %154 ], [ %108, %110 ]
  %156 = phi i32 [ %163, %154 ], [ 0, %110 ]
  %157 = phi i32 [ %161, %154 ], [ 1, %110 ]
  %158 = phi ptr [ %164, %154 ], [ %54, %110 ]
  %159 = zext i8 %155 to i32
  %160 = add nuw nsw i32 %157, %159
  %161 = urem i32 %160, 65521
  %162 = add nuw nsw i32 %161, %156
  %163 = urem i32 %162, 65521
  %164 = getelementptr inbounds nuw i8, ptr %158, i64 1
  %165 = load i8, ptr %164, align 1, !tbaa !14
  %166 = icmp eq i8 %165, 0
  br i1 %166, label %167, label %154, !llvm.loop !17

167:                                              ; preds = %154, %167
  %168 = phi i8 [ %175, %167 ], [ %108, %154 ]
  %169 = phi ptr [ %171, %167 ], [ %54, %154 ]
  %170 = phi i64 [ %174, %167 ], [ 5381, %154 ]
  %171 = getelementptr inbounds nuw i8, ptr %169, i64 1
  %172 = mul i64 %170, 33
  %173 = zext i8 %168 to i64
  %174 = add i64 %172, %173
  %175 = load i8, ptr %171, align 1, !tbaa !14
  %176 = icmp eq i8 %175, 0
  br i1 %176, label %177, label %167, !llvm.loop !18

177:                                              ; preds = %167
  %178 = xor i32 %150, -1
  %179 = shl nuw i32 %163, 16
  %180 = or disjoint i32 %179, %161
  br label %181

181:                                              ; preds = %177, %106
  %182 = phi i32 [ 1, %106 ], [ %180, %177 ]
  %183 = phi i32 [ 0, %106 ], [ %178, %177 ]
  %184 = phi i64 [ 5381, %106 ], [ %174, %177 ]
  %185 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, ptr noundef nonnull %54, i32 noundef %107, i32 noundef %183, i32 noundef %182, i64 noundef %184)
  %186 = add nuw nsw i64 %52, 1
  %187 = icmp eq i64 %186, 5
  br i1 %187, label %47, label %51, !llvm.loop !19
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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!12, !12, i64 0}
!12 = !{!"p1 omnipotent char", !13, i64 0}
!13 = !{!"any pointer", !7, i64 0}
!14 = !{!7, !7, i64 0}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
!17 = distinct !{!17, !10}
!18 = distinct !{!18, !10}
!19 = distinct !{!19, !10}
