# bench_smoke: runs ocpi-bench on 2,000 generated sessions (envelope shape, both contenders, one run)
# and checks that it exits 0 and prints every figure. Timing is not asserted.
#   cmake -DBENCH=<ocpi-bench> -DWORKDIR=<dir> -P smoke.cmake
execute_process(
    COMMAND ${BENCH} --sessions 2000 --periods 10 --seed 7 --format envelope --runs 1 --workdir ${WORKDIR}
    RESULT_VARIABLE rc
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
message("${out}${err}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ocpi-bench exited with ${rc}")
endif()
foreach(figure
        "read\\+validate throughput +[0-9.]+ MB/s +[0-9.]+ MB/s"
        "sessions per second +[0-9,]+ /s +[0-9,]+ /s"
        "time to the first 1,000 sessions +[0-9.]+ ms +[0-9.]+ ms"
        "peak RSS +[0-9.]+ MB +[0-9.]+ MB"
        "bytes kept per session \\(sizeof \\+ heap\\) +[0-9,]+ B +[0-9,]+ B"
        "bytes kept per session \\(RSS delta\\) +-?[0-9,]+ B"
        "findings: errors / warnings / infos +0 / "
        "generated: 2,000 sessions")
    if(NOT out MATCHES "${figure}")
        message(FATAL_ERROR "ocpi-bench did not print a figure matching: ${figure}")
    endif()
endforeach()
