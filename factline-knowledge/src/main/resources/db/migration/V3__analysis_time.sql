-- When the latest analysis was made, without reading them all: ArticleStore.analysesVersion (how many analyses
-- there are, the latest analysed_at) tells a running server that another process stored analyses, and the
-- server asks every few seconds. Without this index MAX(analysed_at) reads every analysis row.
CREATE INDEX analysis_analysed_at ON analysis (analysed_at);
