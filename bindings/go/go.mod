module httpstatus

go 1.19
