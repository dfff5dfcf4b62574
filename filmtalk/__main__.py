from filmtalk.cli import main

main()
