module github.com/quoteattr/quoteattr/internal/segment/punktbench

go 1.26

require (
	github.com/neurosnap/sentences v1.1.2
	github.com/quoteattr/quoteattr v0.0.0
)

replace github.com/quoteattr/quoteattr => ../../..
