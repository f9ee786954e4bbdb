module github.com/quoteattr/quoteattr

go 1.26
