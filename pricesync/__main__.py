from pricesync.cli import main

main()
