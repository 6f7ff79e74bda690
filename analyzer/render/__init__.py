"""Every presentation of a scorecard: Markdown, the HTML report, the web page partial."""
