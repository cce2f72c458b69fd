from caredraft.cli import main

main()
